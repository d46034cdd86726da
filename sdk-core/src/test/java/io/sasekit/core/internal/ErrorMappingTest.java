package io.sasekit.core.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.sasekit.core.RequestOptions;
import io.sasekit.core.errors.ApiError;
import io.sasekit.core.errors.ApiException;
import io.sasekit.core.errors.BadRequestException;
import io.sasekit.core.errors.ConflictException;
import io.sasekit.core.errors.EmptyResponseException;
import io.sasekit.core.errors.InternalServerException;
import io.sasekit.core.errors.NotFoundException;
import io.sasekit.core.errors.PermissionDeniedException;
import io.sasekit.core.errors.RateLimitException;
import io.sasekit.core.errors.ResponseParseException;
import io.sasekit.core.errors.UnauthorizedException;
import io.sasekit.core.errors.UnexpectedStatusCodeException;
import io.sasekit.core.errors.UnprocessableEntityException;
import io.sasekit.core.operation.Arguments;
import io.sasekit.core.operation.OperationExecutor;
import io.sasekit.core.operation.ResponseType;
import io.sasekit.core.testing.Address;
import io.sasekit.core.testing.TestRegistry;
import io.sasekit.core.testing.WireMockTestBase;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ErrorMappingTest extends WireMockTestBase {
  private static final String ADDRESSES = "/sse/config/v1/addresses";
  private static final Arguments CREATE = Arguments.builder().param("folder", "Shared")
      .body(Address.netmask("a1", "10.0.0.1/32")).build();
  private OperationExecutor executor;

  @BeforeEach
  void setUp() {
    stubToken();
    executor = OperationExecutor.create(options().maxRetries(0).build());
  }

  @AfterEach
  void tearDown() {
    executor.close();
  }

  private ApiException createFails(int status, String body) {
    server.stubFor(post(urlPathEqualTo(ADDRESSES)).willReturn(aResponse().withStatus(status).withBody(body)));
    Throwable t = catchThrowable(() ->
        executor.execute(TestRegistry.op("address", "create"), CREATE, ResponseType.json(), RequestOptions.none()));
    assertThat(t).isInstanceOf(ApiException.class);
    return (ApiException) t;
  }

  @Test
  void everyStatusMapsToItsType() {
    Map<Integer, Class<? extends ApiException>> expected = Map.ofEntries(
        Map.entry(400, BadRequestException.class),
        Map.entry(401, UnauthorizedException.class),
        Map.entry(403, PermissionDeniedException.class),
        Map.entry(404, NotFoundException.class),
        Map.entry(409, ConflictException.class),
        Map.entry(422, UnprocessableEntityException.class),
        Map.entry(429, RateLimitException.class),
        Map.entry(500, InternalServerException.class),
        Map.entry(502, InternalServerException.class),
        Map.entry(503, InternalServerException.class),
        Map.entry(504, InternalServerException.class),
        Map.entry(418, UnexpectedStatusCodeException.class),
        Map.entry(302, io.sasekit.core.errors.RedirectException.class));
    expected.forEach((status, type) -> {
      ApiException e = createFails(status, "{\"_errors\":[{\"code\":\"E1\",\"message\":\"m\"}]}");
      assertThat(e).as("status %s", status).isExactlyInstanceOf(type);
      assertThat(e.status()).isEqualTo(status);
      assertThat(e.method()).isEqualTo("POST");
      assertThat(e.path()).isEqualTo(ADDRESSES);
    });
  }

  @Test
  void messageFormatWithCodeAndRequestId() {
    ApiException e = createFails(409,
        "{\"_errors\":[{\"code\":\"E006\",\"message\":\"Name Not Unique\"}],\"_request_id\":\"abcd-1234\"}");
    assertThat(e).isInstanceOf(ConflictException.class)
        .hasMessage("API error [409] POST /sse/config/v1/addresses: Name Not Unique (E006, request abcd-1234)");
    assertThat(e.requestId()).contains("abcd-1234");
    assertThat(e.errors()).containsExactly(new ApiError("E006", "Name Not Unique", null));
  }

  @Test
  void theAirsErrorBodyIsParsedToo() {
    ApiException e = createFails(409,
        "{\"status_code\":409,\"error_message\":\"profile is used by policy p1\"}");
    assertThat(e).isInstanceOf(ConflictException.class)
        .hasMessage("API error [409] POST /sse/config/v1/addresses: profile is used by policy p1 (409)");
    assertThat(e.errors()).containsExactly(new ApiError("409", "profile is used by policy p1", null));
  }

  @Test
  void everyErrorEntryAndEveryDetailsFormIsKept() {
    ApiException e = createFails(400, "{\"_errors\":["
        + "{\"code\":\"E003\",\"message\":\"Invalid Object\",\"details\":{\"errorType\":\"Invalid Object\",\"message\":[\"name is invalid\"]}},"
        + "{\"code\":\"E004\",\"message\":\"Missing Query Parameter\",\"details\":\"folder is required\"},"
        + "{\"message\":\"third\",\"details\":[\"a\",\"b\"]},"
        + "{\"code\":12}"
        + "],\"_request_id\":\"r-9\"}");
    assertThat(e.errors()).hasSize(4);
    assertThat(e.errors().get(0).details()).isEqualTo("{\"errorType\":\"Invalid Object\",\"message\":[\"name is invalid\"]}");
    assertThat(e.errors().get(1).details()).isEqualTo("folder is required");
    assertThat(e.errors().get(2).details()).isEqualTo("[\"a\",\"b\"]");
    assertThat(e.errors().get(3)).isEqualTo(new ApiError("12", null, null));
    assertThat(e.getMessage()).startsWith("API error [400] POST /sse/config/v1/addresses: Invalid Object (E003)")
        .contains("; Missing Query Parameter (E004)").contains("request r-9");
  }

  @Test
  void htmlTruncatedAndEmptyBodiesStillGiveTypedExceptions() {
    String html = "<html><head><title>502 Bad Gateway</title></head><body>" + "z".repeat(5000) + "</body></html>";
    ApiException bad = createFails(502, html);
    assertThat(bad).isInstanceOf(InternalServerException.class);
    assertThat(bad.getMessage()).startsWith("API error [502] POST /sse/config/v1/addresses: <html><head><title>502 Bad Gateway")
        .contains("...(" + html.length() + " chars)");
    assertThat(bad.getMessage().length()).isLessThan(1200);
    assertThat(bad.body()).isEqualTo(html);
    assertThat(bad.errors()).isEmpty();

    ApiException truncated = createFails(400, "{\"_errors\":[{\"code\":\"E003\",\"mess");
    assertThat(truncated).isInstanceOf(BadRequestException.class)
        .hasMessage("API error [400] POST /sse/config/v1/addresses: {\"_errors\":[{\"code\":\"E003\",\"mess");

    ApiException empty = createFails(404, "");
    assertThat(empty).isInstanceOf(NotFoundException.class).hasMessage("API error [404] POST /sse/config/v1/addresses");
    assertThat(empty.body()).isEmpty();

    ApiException weird = createFails(409, "{\"_errors\":\"just text\",\"_request_id\":42}");
    assertThat(weird.errors()).containsExactly(new ApiError(null, "just text", null));
    assertThat(weird.requestId()).contains("42");

    ApiException array = createFails(500, "[1,2]");
    assertThat(array).isInstanceOf(InternalServerException.class);

    ApiException noErrors = createFails(409, "{\"_request_id\":\"only-id\"}");
    assertThat(noErrors.getMessage()).contains("request only-id");
  }

  @Test
  void emptySuccessNeverFailsAWrite() {
    // create answered 200 with no body: the address exists; the caller gets what was sent (no id)
    server.stubFor(post(urlPathEqualTo(ADDRESSES)).willReturn(aResponse().withStatus(200)));
    Address created = executor.execute(TestRegistry.op("address", "create"), CREATE,
        ResponseType.of(Address.class), RequestOptions.none());
    assertThat(created.name()).isEqualTo("a1");
    assertThat(created.ipNetmask()).isEqualTo("10.0.0.1/32");
    assertThat(created.id()).isNull();
    assertThat(executor.execute(TestRegistry.op("address", "create"), CREATE,
        ResponseType.json(), RequestOptions.none()).isNull()).isTrue();
    assertThat(executor.execute(TestRegistry.op("address", "create"), CREATE,
        ResponseType.declared(), RequestOptions.none()).path("name").asText()).isEqualTo("a1");
    // 204 and white space alike
    server.stubFor(post(urlPathEqualTo(ADDRESSES)).willReturn(aResponse().withStatus(204)));
    assertThat(executor.execute(TestRegistry.op("address", "create"), CREATE,
        ResponseType.of(Address.class), RequestOptions.none()).name()).isEqualTo("a1");
    server.stubFor(post(urlPathEqualTo(ADDRESSES)).willReturn(aResponse().withStatus(201).withBody(" \r\n ")));
    assertThat(executor.execute(TestRegistry.op("address", "create"), CREATE,
        ResponseType.of(Address.class), RequestOptions.none()).name()).isEqualTo("a1");
    // a list with nothing is an empty page
    server.stubFor(get(urlPathEqualTo(ADDRESSES)).willReturn(aResponse().withStatus(200).withBody("  ")));
    assertThat(executor.execute(TestRegistry.op("address", "list"),
        Arguments.builder().param("folder", "Shared").build(), ResponseType.page(Address.class), RequestOptions.none())
        .data()).isEmpty();
    // a read that must return an object and got nothing is a typed error, never null
    server.stubFor(get(urlPathEqualTo(ADDRESSES + "/x1")).willReturn(aResponse().withStatus(200)));
    assertThatThrownBy(() -> executor.execute(TestRegistry.op("address", "get"),
        Arguments.builder().param("id", "x1").build(), ResponseType.single(Address.class), RequestOptions.none()))
        .isInstanceOf(EmptyResponseException.class)
        .hasMessageStartingWith("received empty response from API");
    // a DELETE may answer with nothing
    server.stubFor(delete(urlPathEqualTo("/sse/config/v1/jobs/1")).willReturn(aResponse().withStatus(200)));
    assertThat(executor.execute(TestRegistry.op("job", "delete"), Arguments.builder().param("id", "1").build(),
        ResponseType.of(Address.class), RequestOptions.none())).isNull();
  }

  @Test
  void unreadableSuccessBodiesAreParseErrors() {
    server.stubFor(post(urlPathEqualTo(ADDRESSES)).willReturn(aResponse().withStatus(201).withBody("{\"id\": \"trunc")));
    assertThatThrownBy(() -> executor.execute(TestRegistry.op("address", "create"), CREATE,
        ResponseType.of(Address.class), RequestOptions.none()))
        .isInstanceOf(ResponseParseException.class)
        .hasMessageStartingWith("cannot read the answer to address.create POST /sse/config/v1/addresses [201] at $: not valid JSON")
        .hasMessageContaining("body: {\"id\": \"trunc");
    server.stubFor(post(urlPathEqualTo(ADDRESSES)).willReturn(aResponse().withStatus(200).withBody("<html>ok</html>")));
    assertThatThrownBy(() -> executor.execute(TestRegistry.op("address", "create"), CREATE,
        ResponseType.json(), RequestOptions.none())).isInstanceOf(ResponseParseException.class);
    server.stubFor(post(urlPathEqualTo(ADDRESSES)).willReturn(aResponse().withStatus(200).withBody("[1]")));
    assertThatThrownBy(() -> executor.execute(TestRegistry.op("address", "create"), CREATE,
        ResponseType.of(Address.class), RequestOptions.none())).isInstanceOf(ResponseParseException.class)
        .hasMessageContaining("expected a JSON object, got array");
    server.stubFor(post(urlPathEqualTo(ADDRESSES)).willReturn(aResponse().withStatus(200).withBody("{\"tag\":\"not-a-list\",\"name\":{}}")));
    assertThatThrownBy(() -> executor.execute(TestRegistry.op("address", "create"), CREATE,
        ResponseType.of(Address.class), RequestOptions.none())).isInstanceOf(ResponseParseException.class)
        .hasMessageContaining("cannot read it as Address");
  }

  @Test
  void asyncErrorsAreMappedTheSameWay() {
    server.stubFor(post(urlPathEqualTo(ADDRESSES)).willReturn(aResponse().withStatus(409)
        .withBody("{\"_errors\":[{\"code\":\"E006\",\"message\":\"Name Not Unique\"}],\"_request_id\":\"abcd-1234\"}")));
    assertThatThrownBy(() -> executor.executeAsync(TestRegistry.op("address", "create"), CREATE, ResponseType.json(),
        RequestOptions.none()).get(10, TimeUnit.SECONDS))
        .cause().isInstanceOf(ConflictException.class)
        .hasMessage("API error [409] POST /sse/config/v1/addresses: Name Not Unique (E006, request abcd-1234)");
  }
}
