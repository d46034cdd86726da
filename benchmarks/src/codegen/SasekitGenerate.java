// Run by benchmarks/run with java's single-file launcher on the codegen module's classpath (not compiled by Maven,
// so a change of the generator's API breaks only this driver, not the build).
// Usage: SasekitGenerate REPO_ROOT MIRROR OUT_DIR  -> one JSON line: wall milliseconds of both generations.
import io.sasekit.codegen.Generator;
import io.sasekit.codegen.GeneratorConfig;
import java.nio.file.Path;

public class SasekitGenerate {
  public static void main(String[] args) {
    Path root = Path.of(args[0]);
    Path mirror = Path.of(args[1]);
    Path out = Path.of(args[2]);
    long start = System.nanoTime();
    var pa = new Generator().generate(config("prisma-access", root, mirror, out, "access/prisma-access-config/",
        "io.sasekit.prismaaccess", "PrismaAccessClient"));
    var airs = new Generator().generate(config("airs-mgmt", root, mirror, out, "prisma-airs/management/",
        "io.sasekit.airs", "AirsMgmtClient"));
    long millis = (System.nanoTime() - start) / 1_000_000;
    System.out.println("{\"run\":\"codegen\",\"generator\":\"sasekit\",\"specFiles\":" + (pa.specFiles() + airs.specFiles())
        + ",\"millis\":" + millis + ",\"stages\":\"prisma-access: " + pa.stages() + "; airs-mgmt: " + airs.stages() + "\"}");
  }

  static GeneratorConfig config(String api, Path root, Path mirror, Path out, String prefix, String pkg, String client) {
    Path dir = out.resolve(api);
    return new GeneratorConfig(api, root, root.resolve("specs/specs.lock.tsv"), root.resolve("specs/" + api + "-naming.tsv"),
        root.resolve("specs/" + api + "-customization.json"), prefix, pkg, client, mirror,
        Path.of(System.getProperty("user.home"), ".cache", "sasekit", "specs"), null,
        dir.resolve("java"), dir.resolve("resources"));
  }
}
