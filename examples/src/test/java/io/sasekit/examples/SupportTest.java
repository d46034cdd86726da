package io.sasekit.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The small pieces every example relies on: indicators, names, arguments, CSV. */
class SupportTest {
  @Test
  void indicatorsAreNormalisedAndDefanged() {
    assertThat(Indicator.parse("203.0.113.42")).isEqualTo(
        new Indicator(Indicator.Kind.IPV4, "203.0.113.42/32", "203.0.113.42"));
    assertThat(Indicator.parse("203.0.113[.]0/24").value()).isEqualTo("203.0.113.0/24");
    assertThat(Indicator.parse("192.0.2.1-192.0.2.9").kind()).isEqualTo(Indicator.Kind.RANGE);
    assertThat(Indicator.parse("2001:DB8::1").value()).isEqualTo("2001:db8::1/128");
    assertThat(Indicator.parse("hxxps://Evil[.]Example:8443/login?a=b")).isEqualTo(
        new Indicator(Indicator.Kind.FQDN, "evil.example", "evil.example"));
    for (String bad : List.of("", "300.1.1.1", "192.0.2.1/33", "localhost", "a b.example", "2001:db8::zz", "1.2.3")) {
      assertThatThrownBy(() -> Indicator.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void namesStayWithinTheApiLimits() {
    assertThat(Names.of("ioc-", "2001:db8::1/64")).isEqualTo("ioc-2001_db8__1_64");
    String longName = Names.of("ioc-", "a".repeat(100) + ".example");
    assertThat(longName).hasSize(63).matches("[0-9A-Za-z._-]+");
    assertThat(Names.of("ioc-", "b".repeat(100) + ".example")).isNotEqualTo(longName);
  }

  @Test
  void argumentsOptionsAndDurations() {
    Args a = Args.parse(List.of("x", "--folder", "My Folder", "--timeout=90s", "--no-push", "--", "--y"),
        Set.of("folder", "timeout"), Set.of("no-push"));
    assertThat(a.positionals()).containsExactly("x", "--y");
    assertThat(a.option("folder")).contains("My Folder");
    assertThat(a.duration("timeout", Duration.ZERO)).isEqualTo(Duration.ofSeconds(90));
    assertThat(a.flag("no-push")).isTrue();
    assertThat(Args.parseDuration("250ms")).isEqualTo(Duration.ofMillis(250));
    assertThat(Args.parseDuration("PT2M")).isEqualTo(Duration.ofMinutes(2));
    assertThatThrownBy(() -> Args.parse(List.of("--folder"), Set.of("folder"), Set.of()))
        .isInstanceOf(UsageException.class).hasMessage("--folder needs a value");
    assertThatThrownBy(() -> Args.parse(List.of("--no-push=1"), Set.of(), Set.of("no-push")))
        .isInstanceOf(UsageException.class);
  }

  @Test
  void pushOptionsDeriveTheWaitOptions() {
    PushOptions p = PushOptions.parse(Args.parse(List.of("--push-folders", "Remote Networks, Mobile Users"),
        PushOptions.VALUE_OPTIONS, PushOptions.FLAGS), List.of("x"));
    assertThat(p.folders()).containsExactly("Remote Networks", "Mobile Users");
    assertThat(p.waitOptions().initialInterval()).isEqualTo(Duration.ofSeconds(2));
    assertThat(p.waitOptions().maxInterval()).isEqualTo(Duration.ofSeconds(30));
    PushOptions fast = p.withDefaultPollInterval(Duration.ofMillis(250));
    assertThat(fast.waitOptions().maxInterval()).isEqualTo(Duration.ofSeconds(1));
    assertThat(fast.waitOptions().timeout()).isEqualTo(Duration.ofMinutes(10));
  }

  @Test
  void csvQuotingRoundTrips() {
    assertThat(IocCsv.split("a,\"b, c\",\"say \"\"hi\"\"\",")).containsExactly("a", "b, c", "say \"hi\"", "");
    assertThat(SafeCsv.write(List.of("h1", "h2"), List.of(List.of("b, c", "plain"))))
        .isEqualTo("h1,h2\n\"b, c\",plain\n");
    assertThat(Deployment.human(Duration.ofMillis(840))).isEqualTo("840ms");
    assertThat(Deployment.human(Duration.ofMinutes(10))).isEqualTo("10m");
    assertThat(Deployment.human(Duration.ofSeconds(5400))).isEqualTo("1h30m");
  }
}
