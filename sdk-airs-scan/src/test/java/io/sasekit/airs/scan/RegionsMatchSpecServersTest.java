package io.sasekit.airs.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sasekit.airs.scan.testing.ScanSpec;
import io.sasekit.core.errors.ConfigurationException;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The generated {@link AirsRegion} against the {@code servers} of the locked scan files, read without
 * the generator ({@link ScanSpec#servers()}): every server URL is exactly one constant, found by its
 * host prefix, and every constant is a server.
 */
class RegionsMatchSpecServersTest {
  private final List<String> servers = ScanSpec.servers();

  @Test
  void everyServerIsExactlyOneConstant_foundByItsHostPrefix() {
    assertThat(servers).as("servers of the files under " + ScanSpec.FOLDER).isNotEmpty();
    for (String url : servers) {
      List<AirsRegion> matching = Arrays.stream(AirsRegion.values()).filter(r -> r.baseUrl().equals(url)).toList();
      assertThat(matching).as(url).hasSize(1);
      AirsRegion region = matching.get(0);
      String host = URI.create(url).getHost();
      String prefix = host.substring(0, host.indexOf('.'));
      assertThat(region.hostPrefix()).as(url).isEqualTo(prefix);
      assertThat(AirsRegion.of(prefix)).as(prefix).isSameAs(region);
      assertThat(AirsRegion.of(prefix.toUpperCase(Locale.ROOT))).as(prefix).isSameAs(region);
      assertThat(AirsRegion.of(region.name().toLowerCase(Locale.ROOT))).isSameAs(region);
    }
  }

  @Test
  void everyConstantIsAServer() {
    assertThat(Arrays.stream(AirsRegion.values()).map(AirsRegion::baseUrl)).containsExactlyElementsOf(servers);
  }

  @Test
  void theDefaultClientHostIsTheFirstServer() {
    try (AirsScanClient c = AirsScanClient.builder().fromEnv(java.util.Map.of()).apiKey("key-for-region-test").build()) {
      assertThat(c.options().baseUrl()).isEqualTo(servers.get(0));
    }
  }

  @Test
  void anUnknownNameFails_listingEveryConstant() {
    assertThatThrownBy(() -> AirsRegion.of("nonsense")).isInstanceOfSatisfying(ConfigurationException.class, e -> {
      assertThat(e.field()).isEqualTo("region");
      assertThat(e.getMessage()).contains("'nonsense'");
      for (AirsRegion r : AirsRegion.values()) {
        assertThat(e.getMessage()).contains(r.name() + " (" + r.hostPrefix() + ", ");
      }
    });
    assertThatThrownBy(() -> AirsRegion.of(null)).isInstanceOf(ConfigurationException.class);
  }
}
