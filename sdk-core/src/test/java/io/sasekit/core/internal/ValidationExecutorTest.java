package io.sasekit.core.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.sasekit.core.RequestOptions;
import io.sasekit.core.errors.ValidationException;
import io.sasekit.core.errors.ValidationException.Violation;
import io.sasekit.core.operation.Arguments;
import io.sasekit.core.operation.OperationExecutor;
import io.sasekit.core.operation.ResponseType;
import io.sasekit.core.testing.Address;
import io.sasekit.core.testing.TestRegistry;
import io.sasekit.core.testing.WireMockTestBase;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ValidationExecutorTest extends WireMockTestBase {
  private static final String ADDRESSES = "/sse/config/v1/addresses";
  private OperationExecutor executor;

  @BeforeEach
  void setUp() {
    stubToken();
    server.stubFor(post(urlPathEqualTo(ADDRESSES)).willReturn(okJson("{\"id\":\"1\"}")));
    executor = OperationExecutor.create(options().build());
  }

  @AfterEach
  void tearDown() {
    executor.close();
  }

  private ValidationException fails(String resource, String operation, Arguments args) {
    Throwable t = catchThrowable(() -> executor.execute(TestRegistry.op(resource, operation), args,
        ResponseType.json(), RequestOptions.none()));
    assertThat(t).isInstanceOf(ValidationException.class);
    assertThat(server.findAll(anyRequestedFor(anyUrl()))).as("nothing sent").isEmpty();
    return (ValidationException) t;
  }

  @Test
  void collectsParameterAndBodyViolationsTogether() {
    ValidationException e = fails("address", "create", Arguments.builder()
        .param("folder", "x".repeat(65))
        .param("snippet", "s")
        .param("bogus", 1)
        .body(Map.of("name", "bad/name", "ip_netmask", "1.1.1.1", "fqdn", "a.example.com"))
        .build());
    assertThat(e.operation()).isEqualTo("address.create");
    assertThat(e.violations()).extracting(Violation::path)
        .containsExactly("query.folder", "parameters", "bogus", "body.name", "body");
    assertThat(e.violations()).extracting(Violation::constraint).containsExactly(
        "maxLength=64", "exactlyOneOf=[folder, snippet, device]", "unknown parameter",
        "pattern=^[0-9a-zA-Z._ -]+$", "oneOf");
    assertThat(e.violations().get(2).message()).isEqualTo("unknown parameter: bogus (valid: device, folder, snippet)");
    assertThat(e.getMessage()).startsWith("invalid request for address.create: query.folder must be at most 64");
  }

  @Test
  void requiredParametersAndBody() {
    ValidationException e = fails("securityRule", "create", Arguments.empty());
    assertThat(e.violations()).extracting(Violation::message)
        .containsExactly("query.folder is required", "query.position is required", "body is required");
    ValidationException enumViolation = fails("securityRule", "create", Arguments.builder().param("folder", "Shared")
        .param("position", "middle").body(Map.of("name", "r", "action", "allow")).build());
    assertThat(enumViolation.violations()).extracting(Violation::message)
        .containsExactly("query.position must be one of [pre, post]: 'middle'");
  }

  @Test
  void exactlyOneOfParameters() {
    Arguments body = Arguments.builder().body(Address.netmask("a", "10.0.0.1/32")).build();
    assertThat(fails("address", "create", body).violations().get(0).message())
        .isEqualTo("parameters: exactly one of folder, snippet, device must be set; found none");
  }

  @Test
  void numericQueryTextIsAccepted() {
    server.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(urlPathEqualTo(ADDRESSES))
        .willReturn(okJson("[]")));
    executor.execute(TestRegistry.op("address", "list"), Arguments.builder().param("folder", "Shared")
        .param("limit", "10").build(), ResponseType.json(), RequestOptions.none());
    server.resetRequests();
    ValidationException e = fails("address", "list", Arguments.builder().param("folder", "Shared")
        .param("limit", "ten").param("offset", -1).build());
    assertThat(e.violations()).extracting(Violation::constraint).containsExactly("type=integer", "minimum=0");
  }

  @Test
  void oneOfAddressKinds() {
    ValidationException none = fails("address", "create", Arguments.builder().param("folder", "Shared")
        .body(Map.of("name", "a")).build());
    assertThat(none.violations()).extracting(Violation::constraint).containsExactly("oneOf");
    ValidationException two = fails("address", "create", Arguments.builder().param("folder", "Shared")
        .body(Map.of("name", "a", "ip_netmask", "10.0.0.1", "ip_range", "10.0.0.1-10.0.0.2")).build());
    assertThat(two.violations().get(0).message()).contains("must be set; found ip_netmask, ip_range");
  }

  @Test
  void readOnlyMembersAreStrippedBeforeValidation() {
    // "id" is readOnly: it would otherwise be sent; "folder" in the body is readOnly too
    executor.execute(TestRegistry.op("address", "create"), Arguments.builder().param("folder", "Shared")
            .body(Map.of("id", "x", "folder", "Shared", "name", "a", "fqdn", "a.example.com")).build(),
        ResponseType.json(), RequestOptions.none());
    assertThat(server.findAll(postRequestedFor(urlPathEqualTo(ADDRESSES))).get(0).getBodyAsString())
        .doesNotContain("\"id\"").doesNotContain("\"folder\"");
  }

  @Test
  void secretValuesAreNotEchoed() {
    ValidationException e = fails("ikeGateway", "create", Arguments.builder().param("folder", "Shared")
        .body(Map.of("name", "gw", "authentication", Map.of("pre_shared_key", Map.of("key", "tiny")),
            "api_secret", "lowercase-secret"))
        .build());
    assertThat(e.violations()).hasSize(2);
    assertThat(e.getMessage()).doesNotContain("tiny").doesNotContain("lowercase-secret");
    assertThat(e.violations()).allSatisfy(v -> assertThat(v.value()).isNull());
  }

  @Test
  void validationCanBeSwitchedOffForTheClientOrOneCall() {
    Arguments invalid = Arguments.builder().param("folder", "Shared").param("extra", "e")
        .body(Map.of("name", "no address kind")).build();
    executor.execute(TestRegistry.op("address", "create"), invalid, ResponseType.json(),
        RequestOptions.builder().validation(false).build());
    try (OperationExecutor off = OperationExecutor.create(options().validation(false).build())) {
      off.execute(TestRegistry.op("address", "create"), invalid, ResponseType.json(), RequestOptions.none());
    }
    server.verify(2, postRequestedFor(urlPathEqualTo(ADDRESSES)));
    // unknown parameters then travel in the query
    assertThat(server.findAll(postRequestedFor(urlPathEqualTo(ADDRESSES))).get(0).getUrl())
        .isEqualTo(ADDRESSES + "?folder=Shared&extra=e");
  }

  @Test
  void aMissingPathParameterFailsEvenWithoutValidation() {
    Throwable t = catchThrowable(() -> executor.execute(TestRegistry.op("job", "get"), Arguments.empty(),
        ResponseType.json(), RequestOptions.builder().validation(false).build()));
    assertThat(t).isInstanceOf(ValidationException.class).hasMessageContaining("path.id is required");
  }

  @Test
  void asyncValidationFailuresCompleteTheFutureExceptionally() {
    CompletableFuture<?> f = executor.executeAsync(TestRegistry.op("securityRule", "create"), Arguments.empty(),
        ResponseType.json(), RequestOptions.none());
    assertThat(f).isCompletedExceptionally();
    assertThat(catchThrowable(() -> f.get(1, TimeUnit.SECONDS))).hasCauseInstanceOf(ValidationException.class);
    assertThat(server.findAll(anyRequestedFor(anyUrl()))).isEmpty();
  }

  @Test
  void bodyOnAnOperationWithoutOne() {
    ValidationException e = fails("job", "get", Arguments.builder().param("id", "1").body(List.of(1)).build());
    assertThat(e.violations()).extracting(Violation::path).containsExactly("body");
  }

  @Test
  void anUnknownEnumValueBuiltByTheCallerIsRefusedNamingFieldAndAllowedValues() {
    ValidationException e = fails("securityRule", "create", Arguments.builder().param("folder", "Shared")
        .param("position", io.sasekit.core.testing.Position.PRE)
        .body(Map.of("name", "r", "action", io.sasekit.core.testing.Position.of("Pink"))).build());
    assertThat(e.violations()).extracting(Violation::path).containsExactly("body.action");
    assertThat(e.violations().get(0).message()).contains("body.action").contains("allow, deny, drop").contains("Pink");
  }

  @Test
  void anUnknownEnumValueReadFromTheServiceIsSentBack() throws Exception {
    server.stubFor(post(urlPathEqualTo("/sse/config/v1/security-rules")).willReturn(okJson("{\"id\":\"1\"}")));
    executor.execute(TestRegistry.op("securityRule", "create"), Arguments.builder().param("folder", "Shared")
        .param("position", io.sasekit.core.testing.Position.PRE)
        .body(Map.of("name", "r", "action", io.sasekit.core.testing.Position.received("quarantine"))).build(),
        ResponseType.json(), RequestOptions.none());
    assertThat(server.findAll(postRequestedFor(urlPathEqualTo("/sse/config/v1/security-rules"))).get(0).getBodyAsString())
        .contains("\"action\":\"quarantine\"");
  }

  @Test
  void dotSegmentsInPathParametersAreRefusedWhateverTheValidationSetting() {
    server.stubFor(com.github.tomakehurst.wiremock.client.WireMock.any(anyUrl()).willReturn(okJson("{}")));
    for (String dots : new String[] {".", ".."}) {
      for (RequestOptions ro : List.of(RequestOptions.none(), RequestOptions.builder().validation(false).build())) {
        Throwable t = catchThrowable(() -> executor.execute(TestRegistry.op("address", "delete"),
            Arguments.builder().param("id", dots).build(), ResponseType.none(), ro));
        assertThat(t).isInstanceOf(ValidationException.class);
        assertThat(((ValidationException) t).violations()).extracting(Violation::path).containsExactly("path.id");
        assertThat(t.getMessage()).contains("path.id must not be '" + dots + "'");
      }
    }
    assertThat(server.findAll(anyRequestedFor(anyUrl()))).as("nothing sent, not even a token request").isEmpty();
  }
}
