package io.sasekit.consumertest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReadmeSnippetsParseTest {
  private static final Path FILE = Path.of("/repo/docs/README.md");

  @Test
  void findsJavaBlocksOnlyWithTheirLinesAndDirectives() {
    String md = String.join("\n",
        "# Title",
        "```xml",
        "<x/>",
        "```",
        "<!-- snippet: run=compile env.PANW_BASE_URL={airsBaseUrl} -->",
        "```java",
        "int a = 1;",
        "```",
        "text",
        "~~~~ java title",
        "```",
        "int b = 2;",
        "~~~~",
        "```sh",
        "mvn verify",
        "```",
        "");
    List<Snippet> s = ReadmeSnippets.parse(FILE, md);
    assertThat(s).hasSize(2);
    assertThat(s.get(0).line()).isEqualTo(6);
    assertThat(s.get(0).code()).isEqualTo("int a = 1;\n");
    assertThat(s.get(0).directives()).containsExactly(Map.entry("run", "compile"), Map.entry("env.PANW_BASE_URL", "{airsBaseUrl}"));
    assertThat(s.get(1).code()).isEqualTo("```\nint b = 2;\n");
    assertThat(s.get(1).directives()).isEmpty();
  }

  @Test
  void anUnclosedBlockIsAnErrorNamingTheLine() {
    assertThatThrownBy(() -> ReadmeSnippets.parse(FILE, "a\n```java\nint x;\n"))
        .hasMessageContaining("README.md:2").hasMessageContaining("never closed");
  }

  @Test
  void statementsAreWrappedWithTheirImportsOnTop() {
    Snippet s = new Snippet(FILE, 3, "import java.util.List;\nList<String> l = List.of(\"a\");\nSystem.out.println(l);\n", Map.of());
    SnippetProgram p = SnippetProgram.of(s, "Readme_docs_3");
    assertThat(p.run()).isEqualTo(SnippetProgram.Run.MAIN);
    assertThat(p.className()).isEqualTo("Readme_docs_3");
    assertThat(p.source()).startsWith("import java.util.List;")
        .contains("public final class Readme_docs_3")
        .contains("public static void main(String[] args) throws Exception")
        .contains("    List<String> l = List.of(\"a\");");
    assertThat(SnippetProgram.classNameFor(s, Path.of("/repo"))).isEqualTo("Readme_docs_3");
  }

  @Test
  void aTypeDeclarationIsCompiledAsItIsAndRunAsTestsWhenItHasThem() {
    Snippet test = new Snippet(FILE, 1, "import org.junit.jupiter.api.Test;\n\nclass MyTest {\n  @Test void t() {}\n}\n", Map.of());
    SnippetProgram p = SnippetProgram.of(test, "ignored");
    assertThat(p.className()).isEqualTo("MyTest");
    assertThat(p.source()).isEqualTo(test.code());
    assertThat(p.run()).isEqualTo(SnippetProgram.Run.JUNIT);

    Snippet plain = new Snippet(FILE, 1, "public record Point(int x, int y) {}\n", Map.of());
    assertThat(SnippetProgram.of(plain, "x").run()).isEqualTo(SnippetProgram.Run.COMPILE);
  }

  @Test
  void directivesChooseWrapperRunAndEnvironmentAndTyposFail() {
    Snippet s = new Snippet(FILE, 9, "client.folders().list();\n",
        Map.of("wrap", "prisma-access-client", "run", "compile", "env.PANW_BASE_URL", "{airsBaseUrl}"));
    SnippetProgram p = SnippetProgram.of(s, "C");
    assertThat(p.source()).contains("try (PrismaAccessClient client = PrismaAccessClient.builder().fromEnv().build())");
    assertThat(p.run()).isEqualTo(SnippetProgram.Run.COMPILE);
    assertThat(p.env()).containsEntry("PANW_BASE_URL", "{airsBaseUrl}");

    assertThatThrownBy(() -> SnippetProgram.of(new Snippet(FILE, 1, "x();\n", Map.of("wrapp", "main")), "C"))
        .hasMessageContaining("unknown snippet directive 'wrapp'");
    assertThatThrownBy(() -> SnippetProgram.of(new Snippet(FILE, 1, "x();\n", Map.of("wrap", "nope")), "C"))
        .hasMessageContaining("no snippet wrapper 'nope'");
    assertThatThrownBy(() -> ReadmeSnippets.directives("<!-- snippet: run -->"))
        .hasMessageContaining("key=value");
  }
}
