package io.sasekit.prismaaccess;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.sasekit.core.auth.TokenProvider;
import io.sasekit.core.operation.OperationRegistry;
import io.sasekit.core.operation.OperationSpec;
import io.sasekit.prismaaccess.models.Address;
import io.sasekit.prismaaccess.models.JobSubmission;
import io.sasekit.prismaaccess.models.LoadConfigRequest;
import io.sasekit.prismaaccess.models.PushRequest;
import io.sasekit.prismaaccess.params.AddressGetParams;
import io.sasekit.prismaaccess.services.internal.AddressImpl;
import io.sasekit.prismaaccess.workflow.ConfigDeploying;
import io.sasekit.prismaaccess.workflow.ConfigDeployingAsync;
import io.sasekit.prismaaccess.workflow.JobWaiting;
import io.sasekit.prismaaccess.workflow.JobWaitingAsync;
import io.sasekit.prismaaccess.workflow.PrismaAccessAsyncWorkflows;
import io.sasekit.prismaaccess.workflow.PrismaAccessWorkflows;
import io.sasekit.testkit.RecordingExecutor;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the customization adds to the generated face beyond the specs: the job submission answered
 * by push and load, {@code folder} on GET by id, the hand-written interfaces the generated types
 * implement, and the {@code executor()} accessor.
 */
class GeneratedFaceTest {
  private static final String PUSH_ANSWER = "{\"success\": true, \"job_id\": \"1234\", \"message\": \"CommitAndPush job enqueued\"}";

  private final OperationRegistry registry = PrismaAccessOperations.registry();
  private WireMockServer server;
  private PrismaAccessClient client;

  @BeforeEach
  void start() {
    server = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
    server.start();
    client = PrismaAccessClient.builder()
        .baseUrl("http://127.0.0.1:" + server.port())
        .options(o -> o.tokenProvider(TokenProvider.ofStatic("token")).maxRetries(0))
        .build();
  }

  @AfterEach
  void stop() {
    client.close();
    server.stop();
  }

  @Test
  void pushAndLoadReturnTheJobSubmission() {
    server.stubFor(post(urlPathEqualTo("/sse/config/v1/config-versions/candidate:push"))
        .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json").withBody(PUSH_ANSWER)));
    server.stubFor(post(urlPathEqualTo("/sse/config/v1/config-versions:load"))
        .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
            .withBody("{\"success\": true, \"job_id\": \"77\", \"message\": \"load job enqueued\"}")));

    JobSubmission pushed = client.configVersions().push(PushRequest.builder().folders(List.of("Remote Networks")).build());
    assertThat(pushed.success()).contains(true);
    assertThat(pushed.jobId()).contains("1234");
    assertThat(pushed.message()).contains("CommitAndPush job enqueued");

    JobSubmission loaded = client.async().configVersions().load(LoadConfigRequest.builder().version(3.0).build()).join();
    assertThat(loaded.jobId()).contains("77");

    for (String op : List.of("push", "load")) {
      OperationSpec spec = registry.require("configVersion", op);
      assertThat(spec.responseShape().name()).isEqualTo("OBJECT");
      assertThat(spec.responseSchema().ref()).contains("JobSubmission");
    }
    assertThat(registry.schemas()).containsKey("JobSubmission");
  }

  @Test
  void getByIdTakesAnOptionalFolder() {
    server.stubFor(get(urlPathEqualTo("/sse/config/v1/addresses/a-1"))
        .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
            .withBody("{\"id\": \"a-1\", \"name\": \"web\", \"fqdn\": \"example.com\", \"folder\": \"Shared\"}")));

    Address plain = client.addresses().get("a-1");
    Address inFolder = client.addresses().get("a-1", AddressGetParams.builder().folder(Folder.SHARED).build());
    assertThat(plain.name()).isEqualTo("web");
    assertThat(inFolder.fqdn()).contains("example.com");
    server.verify(1, getRequestedFor(urlPathEqualTo("/sse/config/v1/addresses/a-1")).withQueryParam("folder", equalTo("Shared")));
    assertThat(server.getAllServeEvents()).filteredOn(e -> e.getRequest().getUrl().equals("/sse/config/v1/addresses/a-1")).hasSize(1);

    RecordingExecutor rec = new RecordingExecutor();
    new AddressImpl(rec, registry).get("a-1");
    assertThat(rec.calls().get(0).arguments().params().get("folder")).isNull();
  }

  @Test
  void everyGetByIdWhoseListTakesFolderTakesFolder() {
    int optional = 0;
    for (String resource : registry.resources()) {
      Map<String, OperationSpec> ops = registry.operations(resource);
      OperationSpec get = ops.get("get");
      OperationSpec list = ops.get("list");
      if (get == null || list == null || !get.pathTemplate().endsWith("/{id}") || list.parameter("folder").isEmpty()) {
        continue;
      }
      assertThat(get.parameter("folder")).as(resource).isPresent();
      if (!get.parameter("folder").orElseThrow().required()) {
        optional++;
      }
    }
    assertThat(optional).isEqualTo(46); // the other 8 declare folder (required) in the spec
    assertThat(registry.require("job", "get").parameter("folder")).isEmpty();
    assertThat(registry.require("configVersion", "get").parameter("folder")).isEmpty();
  }

  @Test
  void generatedTypesImplementTheHandWrittenInterfaces() {
    assertThat(client).isInstanceOf(PrismaAccessWorkflows.class);
    assertThat(client.async()).isInstanceOf(PrismaAccessAsyncWorkflows.class);
    assertThat(client.configVersions()).isInstanceOf(ConfigDeploying.class);
    assertThat(client.async().configVersions()).isInstanceOf(ConfigDeployingAsync.class);
    assertThat(client.jobs()).isInstanceOf(JobWaiting.class);
    assertThat(client.async().jobs()).isInstanceOf(JobWaitingAsync.class);
    assertThat(client.executor()).isNotNull();
    assertThat(client.async().executor()).isSameAs(client.executor());
    assertThat(client.registry()).isSameAs(client.async().registry());
    assertThat(client.dynamic()).isNotNull();
    assertThat(client.options().baseUrl()).isEqualTo("http://127.0.0.1:" + server.port());
  }
}
