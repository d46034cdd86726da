package io.sasekit.codegen.emit;

import static org.assertj.core.api.Assertions.assertThat;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import io.sasekit.codegen.model.ApiModel;
import io.sasekit.codegen.normalize.Fragments;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Expected Java source for a few emitted files of the {@code rules.yaml} fragment, kept under
 * {@code src/test/resources/golden}. After a deliberate change of an emitter, regenerate them with
 * {@code -Dsasekit.updateGolden=true} and review the diff.
 */
class EmitGoldenTest {
  private final ApiModel rules = Fragments.rules();
  private final List<JavaFile> files = new JavaEmitters("com.example.api", "ExampleClient").files(Fragments.plan(rules));
  private final List<JavaFile> hookFiles = new JavaEmitters("com.example.api", "ExampleClient").files(Fragments.plan(Fragments.hooks()));

  @Test
  void openEnum() throws IOException {
    check("Position.java", file("com.example.api.models", "Position"));
  }

  @Test
  void modelWithEnumMember() throws IOException {
    check("RuleMove.java", file("com.example.api.models", "RuleMove"));
  }

  @Test
  void serviceInterfaceWithParamsClassAndExtends() throws IOException {
    check("RuleService.java", file("com.example.api.services", "RuleService"));
  }

  @Test
  void serviceWithOverriddenAnswerAndExtraParameter() throws IOException {
    check("ThingService.java", file(hookFiles, "com.example.api.services", "ThingService"));
  }

  @Test
  void paramsClassIsATopLevelTypeOfItsOwnPackage() throws IOException {
    check("ThingGetParams.java", file(hookFiles, "com.example.api.params", "ThingGetParams"));
    assertThat(file(hookFiles, "com.example.api.services", "ThingService")).doesNotContain("class ");
    assertThat(file(hookFiles, "com.example.api.services", "ThingServiceAsync"))
        .contains("import com.example.api.params.ThingGetParams;").doesNotContain("ThingService.");
  }

  @Test
  void asyncClientWithExtendsAndExecutor() throws IOException {
    check("ExampleAsyncClient.java", file(hookFiles, "com.example.api", "ExampleAsyncClient"));
  }

  @Test
  void clientImplementsItsExtendsAndExposesTheExecutor() {
    String client = file(hookFiles, "com.example.api", "ExampleClient");
    assertThat(client).contains("public final class ExampleClient implements AutoCloseable, Workflows {")
        .contains("import com.example.Workflows;")
        .contains("public OperationExecutor executor() {\n    return executor;\n  }")
        .contains("public OperationRegistry registry()").contains("public ClientOptions options()")
        .contains("public DynamicDispatcher dynamic()").contains("public ExampleAsyncClient async()");
    assertThat(file(files, "com.example.api", "ExampleClient")).contains("public final class ExampleClient implements AutoCloseable {");
  }

  @Test
  void regionEnumFromTheServers() throws IOException {
    List<JavaFile> regionFiles = new JavaEmitters("com.example.api", "ExampleClient").files(Fragments.plan(Fragments.regions()));
    check("ExampleRegion.java", file(regionFiles, "com.example.api", "ExampleRegion"));
  }

  @Test
  void everyKindOfFileIsEmitted() {
    assertThat(files).extracting(f -> f.packageName() + "." + f.typeSpec().name())
        .contains(
            "com.example.api.ExampleClient",
            "com.example.api.ExampleAsyncClient",
            "com.example.api.ExampleOperations",
            "com.example.api.services.ProfileService",
            "com.example.api.services.ProfileServiceAsync",
            "com.example.api.services.internal.ProfileImpl",
            "com.example.api.services.internal.ProfileAsyncImpl",
            "com.example.api.models.Rule",
            "com.example.api.models.GenericError");
    assertThat(files).as("no regions block, no region enum").noneMatch(f -> f.typeSpec().kind() == TypeSpec.Kind.ENUM);
  }

  private String file(String pkg, String name) {
    return file(files, pkg, name);
  }

  static String file(List<JavaFile> files, String pkg, String name) {
    return files.stream()
        .filter(f -> f.packageName().equals(pkg) && f.typeSpec().name().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("not emitted: " + pkg + "." + name))
        .toString();
  }

  static void check(String golden, String actual) throws IOException {
    if (Boolean.getBoolean("sasekit.updateGolden")) {
      Path dir = Path.of("src/test/resources/golden");
      Files.createDirectories(dir);
      Files.writeString(dir.resolve(golden + ".txt"), actual, StandardCharsets.UTF_8);
      return;
    }
    try (InputStream in = EmitGoldenTest.class.getResourceAsStream("/golden/" + golden + ".txt")) {
      assertThat(in).as("golden file " + golden).isNotNull();
      assertThat(actual).isEqualTo(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }
}
