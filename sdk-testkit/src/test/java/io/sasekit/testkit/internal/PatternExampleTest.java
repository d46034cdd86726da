package io.sasekit.testkit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PatternExampleTest {
  private static String example(String pattern) {
    String out = PatternExample.of(pattern).orElseThrow(() -> new AssertionError("no example of " + pattern));
    assertThat(Pattern.compile(pattern).matcher(out).find()).as("%s matches %s", out, pattern).isTrue();
    return out;
  }

  @Test
  void variableNamesAndDateRangesOfTheScmFiles() {
    // loopback interface names: a `$` variable
    assertThat(example("^\\$[a-zA-Z\\d\\-_\\. ]+$")).isEqualTo("$a");
    // schedule non-recurring ranges: yyyy/mm/dd@hh:mm-yyyy/mm/dd@hh:mm
    String day = "[0-9][0-9][0-9][0-9]\\/([0][1-9]|[1][0-2])\\/([0-2][0-9]|[3][0-1])@([01][0-9]|[2][0-3]):([0-5][0-9])";
    assertThat(example(day + "-" + day)).isEqualTo("1111/01/11@11:11-1111/01/11@11:11");
  }

  @Test
  void quantifiersGroupsAndEscapes() {
    assertThat(example("^a{3}b*c?d+$")).isEqualTo("aaad");
    assertThat(example("^(?:x|y)z{2,5}\\.[\\s]?$")).isEqualTo("xzz.");
    assertThat(example("^\\w\\d\\s\\W$")).isEqualTo("a1 -");
    assertThat(example("^[A-Z]+$")).isEqualTo("A");
  }

  @Test
  void constructsItDoesNotKnowGiveNone() {
    assertThat(PatternExample.of("^(?=a)a$")).isEmpty();
    assertThat(PatternExample.of("^(a)\\1$")).isEmpty();
    assertThat(PatternExample.of("^[^a]$")).isEmpty();
    assertThat(PatternExample.of("^\\p{L}+$")).isEmpty();
    assertThat(PatternExample.of("^(a$")).isEmpty();
    assertThat(PatternExample.of("+a")).isEmpty();
  }
}
