package io.sasekit.prismaaccess.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.sasekit.testkit.contract.CapturedRequest;
import io.sasekit.testkit.contract.SpecRequestValidator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The judge can say no: requests the original specs forbid are rejected by {@link SpecRequestValidator}. */
class SpecValidatorsTest {
  private static final String ADDRESSES = "access/prisma-access-config/Addresses.yaml";
  private static final String KERBEROS = "access/prisma-access-config/KerberosServerProfiles.yaml";
  private static final String SERVICES = "access/prisma-access-config/Services.yaml";

  private static CapturedRequest request(String method, String path, Map<String, List<String>> query, String body) {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    headers.put("Authorization", List.of("Bearer token"));
    headers.put("Accept", List.of("application/json"));
    if (body != null) {
      headers.put("Content-Type", List.of("application/json"));
    }
    return new CapturedRequest(method, path, query, headers, body);
  }

  private static List<String> errors(String spec, CapturedRequest r) {
    return SpecRequestValidator.forSpec(PrismaAccessSpec.API, PrismaAccessSpec.SPEC.file(spec)).errors(r);
  }

  @Test
  void aConformingRequestPasses() {
    assertThat(errors(ADDRESSES, request("POST", "/sse/config/v1/addresses", Map.of("folder", List.of("Shared")),
        "{\"name\":\"web-srv-dmz-01\",\"ip_netmask\":\"198.51.100.24/32\",\"tag\":[\"dmz\"]}"))).isEmpty();
  }

  @Test
  void specViolationsAreErrors() {
    String addr = "{\"name\":\"web-srv-dmz-01\",\"ip_netmask\":\"198.51.100.24/32\"}";
    // a required query parameter missing
    assertThat(errors(ADDRESSES, request("POST", "/sse/config/v1/addresses", Map.of(), addr)))
        .anyMatch(e -> e.contains("query.missing"));
    // a query parameter the spec does not declare (raised to an error)
    assertThat(errors(ADDRESSES, request("GET", "/sse/config/v1/addresses",
        Map.of("folder", List.of("Shared"), "fields", List.of("name")), null)))
        .anyMatch(e -> e.contains("query.unexpected"));
    // a folder outside the pattern
    assertThat(errors(ADDRESSES, request("GET", "/sse/config/v1/addresses", Map.of("folder", List.of("Shared;drop")), null)))
        .isNotEmpty();
    // a body without its required name, two address kinds at once, a misspelled member
    assertThat(errors(ADDRESSES, request("POST", "/sse/config/v1/addresses", Map.of("folder", List.of("Shared")),
        "{\"ip_netmask\":\"198.51.100.24/32\"}"))).anyMatch(e -> e.contains("required"));
    assertThat(errors(ADDRESSES, request("POST", "/sse/config/v1/addresses", Map.of("folder", List.of("Shared")),
        "{\"name\":\"a\",\"ip_netmask\":\"198.51.100.24/32\",\"fqdn\":\"www.example.com\"}"))).isNotEmpty();
    assertThat(errors(ADDRESSES, request("POST", "/sse/config/v1/addresses", Map.of("folder", List.of("Shared")),
        "{\"name\":\"a\",\"ipNetmask\":\"198.51.100.24/32\"}"))).isNotEmpty();
    // no bearer token
    CapturedRequest anonymous = new CapturedRequest("GET", "/sse/config/v1/addresses/x", Map.of(), Map.of(), null);
    assertThat(errors(ADDRESSES, anonymous)).anyMatch(e -> e.contains("security"));
    // a path the spec does not have
    assertThat(errors(ADDRESSES, request("GET", "/sse/config/v1/address", Map.of("folder", List.of("Shared")), null)))
        .isNotEmpty();
  }

  @Test
  void aServiceIsExactlyOneProtocol() {
    Map<String, List<String>> shared = Map.of("folder", List.of("Shared"));
    assertThat(errors(SERVICES, request("POST", "/sse/config/v1/services", shared,
        "{\"name\":\"tcp-8443\",\"protocol\":{\"tcp\":{\"port\":\"8443\"}}}"))).isEmpty();
    assertThat(errors(SERVICES, request("POST", "/sse/config/v1/services", shared,
        "{\"name\":\"both\",\"protocol\":{\"tcp\":{\"port\":\"8443\"},\"udp\":{\"port\":\"53\"}}}"))).isNotEmpty();
    assertThat(errors(SERVICES, request("POST", "/sse/config/v1/services", shared,
        "{\"name\":\"none\",\"protocol\":{}}"))).isNotEmpty();
  }

  @Test
  void serverProfilesTakeExactlyOneContainer() {
    String path = "/sse/config/v1/kerberos-server-profiles";
    assertThat(errors(KERBEROS, request("GET", path, Map.of("folder", List.of("Shared")), null))).isEmpty();
    assertThat(errors(KERBEROS, request("GET", path, Map.of("snippet", List.of("corp-auth")), null))).isEmpty();
    assertThat(errors(KERBEROS, request("GET", path, Map.of(), null))).anyMatch(e -> e.contains("exactlyOneOf"));
    assertThat(errors(KERBEROS, request("GET", path,
        Map.of("folder", List.of("Shared"), "device", List.of("007951000123456")), null)))
        .anyMatch(e -> e.contains("exactlyOneOf"));
  }
}
