package io.sasekit.codegen.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class EcmaRegexTranslationTest {

  @Test
  void dashBetweenCharacterAndClassEscapeIsLiteral() {
    String j = EcmaRegexTranslation.toJava("^[0-9a-zA-Z._-\\s]{1,}$");
    assertThat(j).isEqualTo("^[0-9a-zA-Z._\\-\\s]{1,}$");
    assertThat(Pattern.compile(j).matcher("Mobile Users_1.2-x").matches()).isTrue();
  }

  @Test
  void rangesAndEdgeDashesAreKept() {
    assertThat(EcmaRegexTranslation.toJava("^[a-zA-Z0-9._-]+$")).isEqualTo("^[a-zA-Z0-9._-]+$");
    assertThat(EcmaRegexTranslation.toJava("[-a]")).isEqualTo("[-a]");
  }

  @Test
  void atSignAndPosixClasses() {
    assertThat(EcmaRegexTranslation.toJava("^(.+\\@[a-z]+)$")).isEqualTo("^(.+@[a-z]+)$");
    assertThat(EcmaRegexTranslation.toJava("^(([[:xdigit:]][[:xdigit:]])+)$")).isEqualTo("^(([0-9A-Fa-f][0-9A-Fa-f])+)$");
    assertThat(EcmaRegexTranslation.toJava("[[:alpha:][:digit:]]")).isEqualTo("[a-zA-Z0-9]");
  }

  @Test
  void literalBracketAndAmpersandInsideAClassAreEscaped() {
    String j = EcmaRegexTranslation.toJava("[a[&&b]");
    assertThat(j).isEqualTo("[a\\[\\&\\&b]");
    assertThat(Pattern.compile(j).matcher("&").matches()).isTrue();
  }

  @Test
  void escapesThatJavaNeedsAreKept() {
    assertThat(EcmaRegexTranslation.toJava("\\d+\\.\\/\\\\")).isEqualTo("\\d+\\.\\/\\\\");
    assertThat(EcmaRegexTranslation.toJava("[\\*$a-z_:.-]")).isEqualTo("[\\*$a-z_:.-]");
    assertThat(EcmaRegexTranslation.toJava("[A-Z_\\-\\.\\s]")).isEqualTo("[A-Z_\\-\\.\\s]");
  }
}
