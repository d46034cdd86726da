package io.sasekit.core.testing;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Optional;

/** A hand-written stand-in for a generated model. */
public record Address(
    @JsonProperty("id") String id,
    @JsonProperty("name") String name,
    @JsonProperty("ip_netmask") String ipNetmask,
    @JsonProperty("fqdn") String fqdn,
    @JsonProperty("description") Optional<String> description,
    @JsonProperty("tag") List<String> tag) {

  public static Address netmask(String name, String ipNetmask) {
    return new Address(null, name, ipNetmask, null, Optional.empty(), null);
  }
}
