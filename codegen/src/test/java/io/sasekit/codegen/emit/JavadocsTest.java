package io.sasekit.codegen.emit;

import static org.assertj.core.api.Assertions.assertThat;

import com.palantir.javapoet.MethodSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

class JavadocsTest {
  /** What JavaPoet prints for a Javadoc built from {@code format}: proves the text is a safe format string. */
  private static String printed(String format) {
    return MethodSpec.methodBuilder("m").addJavadoc(format).build().toString();
  }

  @Test
  void markdownBecomesHtml() {
    String doc = Javadocs.paragraphs(List.of(
        "See [the guide](https://example.test/guide) and use `ip_netmask` *or* **fqdn**.",
        "Options:\n\n- one\n- two"));
    assertThat(doc)
        .contains("<a href=\"https://example.test/guide\">the guide</a>")
        .contains("<code>ip_netmask</code>")
        .contains("<em>or</em>")
        .contains("<strong>fqdn</strong>")
        .contains("<ul>\n<li>one</li>\n<li>two</li>\n</ul>")
        .doesNotContain("[the guide]")
        .doesNotContain("`");
    assertThat(doc).startsWith("See ");
  }

  @Test
  void linksKeepOnlyWebTargetsAndNoAttributeDoclintRejects() {
    String doc = Javadocs.paragraphs(List.of("[x](javascript:alert(1)) and [y](https://example.test \"title\")"));
    assertThat(doc).doesNotContain("javascript:").doesNotContain("rel=").doesNotContain("title=")
        .contains("<a href=\"https://example.test\">y</a>");
  }

  @Test
  void dollarIsPlainInTheGeneratedSourceNotAnEntity() {
    String doc = Javadocs.paragraphs(List.of("Costs $5; pattern ends with $."));
    assertThat(doc).doesNotContain("&#36;");
    assertThat(printed(doc)).contains("Costs $5; pattern ends with $.");
  }

  @Test
  void generatedConstraintSentencesAreNotMarkdown() {
    String constraint = "Constraints: pattern ^[0-9a-zA-Z._\\-\\s]{1,}$; one of [*any*, a_b_c].";
    String doc = Javadocs.inline(List.of("The folder.", constraint));
    assertThat(printed(doc)).contains("The folder. Constraints: pattern ^[0-9a-zA-Z._\\-\\s]{1,}$; one of [*any*, a_b_c].");
  }

  @Test
  void nothingBreaksTheCommentOrBecomesATag() {
    String doc = Javadocs.paragraphs(List.of(
        "Matches `application/*/json` */ and \\u0041; @deprecated {@link Foo} <script>alert(1)</script>"));
    assertThat(doc)
        .doesNotContain("*/")
        .doesNotContain("\\u")
        .doesNotContain("@")
        .doesNotContain("<script>")
        .contains("&lt;script&gt;");
  }

  @Test
  void headingsBecomeBoldParagraphsAndLaterParagraphsGetP() {
    String doc = Javadocs.paragraphs(List.of("Summary.", "## Details\nMore text."));
    assertThat(doc).doesNotContain("<h2>").contains("<p><b>Details</b>").contains("More text.");
    assertThat(doc).startsWith("Summary.\n");
  }

  @Test
  void emptyOrBlankDocumentationSaysNothing() {
    assertThat(Javadocs.paragraphs(List.of())).isEmpty();
    assertThat(Javadocs.paragraphs(List.of("  ", ""))).isEmpty();
    assertThat(Javadocs.inline(null)).isEmpty();
  }

  @Test
  void codeEscapesHtmlAndBraces() {
    assertThat(printed("The value " + Javadocs.code("a<b>{c}$") + ".\n")).contains("The value <code>a&lt;b&gt;{c}$</code>.");
    assertThat(Javadocs.code("")).isEqualTo("<code>\"\"</code>");   // doclint: an empty <code> is a warning
  }
}
