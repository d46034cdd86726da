package io.sasekit.benchmarks.contenders;

import io.sasekit.prismaaccess.models.Address;
import java.util.List;

/** What the contenders share: the address every create sends. */
final class Contenders {
  private Contenders() {}

  static final String NEW_NAME = "bench-created";
  static final String NEW_NETMASK = "192.0.2.10/32";
  static final String NEW_DESCRIPTION = "created by the benchmark";
  static final List<String> NEW_TAGS = List.of("bench");

  static Address newSasekitAddress() {
    return Address.builder().name(NEW_NAME).ipNetmask(NEW_NETMASK).description(NEW_DESCRIPTION).tag(NEW_TAGS).build();
  }
}
