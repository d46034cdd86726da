// Run by benchmarks/run with java's single-file launcher on OpenAPI Generator's own classpath.
// Usage: OagGenerate OUT_DIR SPEC...  -> generator java, library okhttp-gson, one output folder per spec, the same
// options as the benchmark client (no tests, no docs); one JSON line: wall milliseconds for all files.
import java.io.File;
import java.nio.file.Path;
import org.openapitools.codegen.DefaultGenerator;
import org.openapitools.codegen.config.CodegenConfigurator;

public class OagGenerate {
  public static void main(String[] args) {
    Path out = Path.of(args[0]);
    long start = System.nanoTime();
    int files = 0;
    for (int i = 1; i < args.length; i++) {
      String name = new File(args[i]).getName().replaceAll("[^A-Za-z0-9]", "_");
      CodegenConfigurator c = new CodegenConfigurator()
          .setGeneratorName("java")
          .setLibrary("okhttp-gson")
          .setInputSpec(args[i])
          .setOutputDir(out.resolve(name).toString())
          .setValidateSpec(false)
          .addAdditionalProperty("openApiNullable", false)
          .addAdditionalProperty("hideGenerationTimestamp", true)
          .addAdditionalProperty("useJakartaEe", true)
          .addAdditionalProperty("disallowAdditionalPropertiesIfNotPresent", false)
          .addGlobalProperty("apiTests", "false")
          .addGlobalProperty("modelTests", "false")
          .addGlobalProperty("apiDocs", "false")
          .addGlobalProperty("modelDocs", "false");
      new DefaultGenerator().opts(c.toClientOptInput()).generate();
      files++;
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    System.out.println("{\"run\":\"codegen\",\"generator\":\"openapi-generator\",\"specFiles\":" + files + ",\"millis\":" + millis + "}");
  }
}
