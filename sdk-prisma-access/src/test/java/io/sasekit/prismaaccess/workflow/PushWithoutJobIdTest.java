package io.sasekit.prismaaccess.workflow;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.sasekit.core.errors.SasekitException;
import io.sasekit.core.jobs.WaitOptions;
import io.sasekit.core.testing.ManualTime;
import io.sasekit.prismaaccess.PrismaAccessClient;
import io.sasekit.prismaaccess.models.Job;
import io.sasekit.prismaaccess.models.JobSubmission;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The spec declares the push answer as {@code 201} without a body: {@code pushAndWait} then finds
 * the job it started in the jobs list (the newest push job not listed before the push).
 */
class PushWithoutJobIdTest {
  private static final String JOBS = "/sse/config/v1/jobs";
  private static final String PUSH = "/sse/config/v1/config-versions/candidate:push";
  private static final String BEFORE = "{\"data\":[" + job("7", "CommitAndPush", "FIN") + "," + job("5", "CommitAndPush", "FIN")
      + "],\"limit\":200,\"offset\":0,\"total\":2}";
  private static final String AFTER = "{\"data\":[" + job("7", "CommitAndPush", "FIN") + "," + job("5", "CommitAndPush", "FIN")
      + "," + job("9", "Commit", "ACT") + "," + job("8", "CommitAndPush", "ACT") + "],\"limit\":200,\"offset\":0,\"total\":4}";

  private WireMockServer server;
  private PrismaAccessClient client;
  private ManualTime time;

  private static String job(String id, String type, String status) {
    return "{\"id\":\"" + id + "\",\"type_str\":\"" + type + "\",\"status_str\":\"" + status + "\",\"result_str\":\""
        + (status.equals("FIN") ? "OK" : "PEND") + "\",\"percent\":\"" + (status.equals("FIN") ? "100" : "10") + "\"}";
  }

  @BeforeEach
  void start() {
    server = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
    server.start();
    String base = "http://127.0.0.1:" + server.port();
    server.stubFor(post(urlPathEqualTo("/oauth2/token")).willReturn(okJson(
        "{\"access_token\":\"t-1\",\"token_type\":\"Bearer\",\"expires_in\":900}")));
    client = PrismaAccessClient.builder()
        .options(o -> o.clientId("c@1.iam.panserviceaccount.com").clientSecret("s-0123456789").tsgId("1")
            .baseUrl(base).tokenUrl(base + "/oauth2/token").maxRetries(0))
        .build();
    time = new ManualTime();
    // the jobs list before and after the push; the push answers 201 with no body, as declared
    server.stubFor(get(urlPathEqualTo(JOBS)).inScenario("push").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(okJson(BEFORE)));
    server.stubFor(post(urlPathEqualTo(PUSH)).inScenario("push").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(aResponse().withStatus(201)).willSetStateTo("pushed"));
    server.stubFor(get(urlPathEqualTo(JOBS + "/8")).willReturn(okJson("[" + job("8", "CommitAndPush", "FIN") + "]")));
  }

  @AfterEach
  void stop() {
    client.close();
    server.stop();
  }

  private WaitOptions fast() {
    return time.options(Duration.ofMinutes(2));
  }

  @Test
  void thePushReturnsAnEmptySubmissionInsteadOfFailing() {
    JobSubmission submission = client.configVersions().push(List.of("Mobile Users"), "no body");
    assertThat(submission.jobId()).isEmpty();
  }

  @Test
  void pushAndWaitFindsTheNewPushJob() {
    server.stubFor(get(urlPathEqualTo(JOBS)).inScenario("push").whenScenarioStateIs("pushed").willReturn(okJson(AFTER)));
    Job job = client.pushAndWait(List.of("Mobile Users"), "no body", fast());
    assertThat(job.id()).hasValue("8");
    assertThat(job.statusStr()).hasValue("FIN");
    server.verify(2, getRequestedFor(urlPathEqualTo(JOBS)));
  }

  @Test
  void asyncPushAndWaitFindsTheNewPushJob() throws Exception {
    server.stubFor(get(urlPathEqualTo(JOBS)).inScenario("push").whenScenarioStateIs("pushed").willReturn(okJson(AFTER)));
    Job job = client.async().pushAndWait(List.of("Mobile Users"), "no body", fast()).get(20, TimeUnit.SECONDS);
    assertThat(job.id()).hasValue("8");
  }

  @Test
  void aJobThatAppearsLateIsWaitedFor() {
    server.stubFor(get(urlPathEqualTo(JOBS)).inScenario("push").whenScenarioStateIs("pushed")
        .willReturn(okJson(BEFORE)).willSetStateTo("listed"));
    server.stubFor(get(urlPathEqualTo(JOBS)).inScenario("push").whenScenarioStateIs("listed").willReturn(okJson(AFTER)));
    assertThat(client.pushAndWait(List.of("Mobile Users"), "late", fast()).id()).hasValue("8");
    assertThat(time.waits).containsExactly(Duration.ofSeconds(2));
  }

  @Test
  void noNewJobWithinTheTimeoutIsAClearError() {
    server.stubFor(get(urlPathEqualTo(JOBS)).inScenario("push").whenScenarioStateIs("pushed").willReturn(okJson(BEFORE)));
    assertThatThrownBy(() -> client.pushAndWait(List.of("Mobile Users"), "lost", fast()))
        .isInstanceOf(SasekitException.class)
        .hasMessageContaining("names no job_id")
        .hasMessageContaining("no new push job appeared in the jobs list");
  }
}
