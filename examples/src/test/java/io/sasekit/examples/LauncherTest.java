package io.sasekit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.sasekit.testkit.PrismaAccessSimulator;
import io.sasekit.testkit.SimulatorExtension;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The launcher as {@code ./run-example.sh} drives it: {@code Main} with the command line's arguments. */
class LauncherTest {
  @RegisterExtension
  static SimulatorExtension sim = SimulatorExtension.create();

  @Test
  void theReadmeCommandBlocksAnIocOfflineEndToEnd() {
    // ./run-example.sh ioc-blocking 203.0.113.42  ==  Main ioc-blocking 203.0.113.42 with no PANW_* set
    Capture out = new Capture();
    Capture err = new Capture();

    int code = Main.run(new String[] {"ioc-blocking", "203.0.113.42"}, Map.of(), out.stream, err.stream);

    assertThat(code).as(err.text()).isEqualTo(0);
    assertThat(err.text()).isEmpty();
    assertThat(out.text())
        .contains("Prisma Access example 'ioc-blocking'")
        .contains("Target: embedded simulator (prisma-access, ")
        .contains(") at http://127.0.0.1:")
        .contains("[2/6] Creating address object ioc-203.0.113.42 (203.0.113.42/32)")
        .contains("rule block-ioc-src-203.0.113.42", "rule block-ioc-dst-203.0.113.42")
        .contains("[5/6] Pushing the candidate configuration to Mobile Users, Remote Networks")
        .contains("[6/6] Waiting for job 1", "status FIN, result OK")
        .contains("result            203.0.113.42 is blocked.");
  }

  @Test
  void credentialsInTheEnvironmentSelectTheTenant(PrismaAccessSimulator simulator) {
    // the test's simulator plays the real tenant: PANW_BASE_URL / PANW_TOKEN_BASE_URL point at it
    Map<String, String> env = Map.of(
        "PANW_CLIENT_ID", simulator.clientId(),
        "PANW_CLIENT_SECRET", simulator.clientSecret(),
        "PANW_TSG_ID", simulator.tsgId(),
        "PANW_BASE_URL", simulator.baseUrl(),
        "PANW_TOKEN_BASE_URL", simulator.tokenUrl());
    Capture out = new Capture();
    Capture err = new Capture();

    int code = Main.run(new String[] {"ioc-blocking", "192.0.2.9", "--poll-interval", "20ms"}, env, out.stream,
        err.stream);

    assertThat(code).as(err.text()).isEqualTo(0);
    assertThat(out.text()).contains("Target: real tenant at " + simulator.baseUrl() + ", TSG " + simulator.tsgId());
    assertThat(Sims.named(sim.config().running("address", "Shared"), "ioc-192.0.2.9")).isPresent();
  }

  @Test
  void wrongCredentialsGiveTheSdkMessageAndAHintWithoutAStackTrace(PrismaAccessSimulator simulator) {
    Map<String, String> env = Map.of(
        "PANW_CLIENT_ID", simulator.clientId(),
        "PANW_CLIENT_SECRET", "wrong",
        "PANW_TSG_ID", simulator.tsgId(),
        "PANW_BASE_URL", simulator.baseUrl(),
        "PANW_TOKEN_BASE_URL", simulator.tokenUrl());
    Capture out = new Capture();
    Capture err = new Capture();

    int code = Main.run(new String[] {"ioc-blocking", "192.0.2.9"}, env, out.stream, err.stream);

    assertThat(code).isEqualTo(1);
    assertThat(err.text()).startsWith("error: token fetch failed: status=401")
        .contains("hint: the identity provider rejected the credentials")
        .doesNotContain("\tat ");
  }

  @Test
  void halfConfiguredCredentialsAreAUsageError() {
    Capture err = new Capture();
    int code = Main.run(new String[] {"ioc-blocking", "192.0.2.9"}, Map.of("PANW_CLIENT_ID", "abc"),
        new Capture().stream, err.stream);
    assertThat(code).isEqualTo(2);
    assertThat(err.text()).contains("PANW_CLIENT_SECRET is not set but PANW_CLIENT_ID is");
  }

  @Test
  void listsTheExamples() {
    Capture out = new Capture();
    assertThat(Main.run(new String[] {"--help"}, Map.of(), out.stream, new Capture().stream)).isEqualTo(0);
    for (Example e : Main.EXAMPLES) {
      assertThat(out.text()).contains(e.name());
    }
    assertThat(Main.EXAMPLES).extracting(Example::name).doesNotHaveDuplicates()
        .contains(IocBlocking.NAME, RemoteNetworkProvisioning.NAME, ScmIocBlocking.NAME, ScmRemoteNetwork.NAME);

    Capture err = new Capture();
    assertThat(Main.run(new String[0], Map.of(), new Capture().stream, err.stream)).isEqualTo(2);
    assertThat(err.text()).contains("usage: Main <example> [args]", "ioc-blocking", "airs-deployment-profiles");

    Capture unknown = new Capture();
    assertThat(Main.run(new String[] {"ioc-blokcing"}, Map.of(), new Capture().stream, unknown.stream)).isEqualTo(2);
    assertThat(unknown.text()).startsWith("error: unknown example 'ioc-blokcing'");
  }

  @Test
  void everyExampleHasHelp() {
    for (Example e : Main.EXAMPLES) {
      Capture out = new Capture();
      assertThat(Main.run(new String[] {e.name(), "--help"}, Map.of(), out.stream, new Capture().stream)).isEqualTo(0);
      assertThat(out.text()).startsWith("usage: " + e.name());
    }
  }
}
