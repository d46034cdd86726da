package io.sasekit.prismaaccess.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sasekit.prismaaccess.PrismaAccessClient;
import io.sasekit.prismaaccess.PrismaAccessOperations;
import io.sasekit.prismaaccess.models.Address;
import io.sasekit.testkit.contract.SurfaceCheck;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The typed face loses nothing of the spec files: every operation the files declare (read here as
 * plain YAML, named by the naming table) is run by a method of the service its client accessor
 * returns, and every JSON member the files declare for a request body or a success answer is
 * reachable from that method's Java types, recursively (testkit {@link SurfaceCheck}, which SCM and
 * AIRS run as well). The expected operations and members come only from the spec files.
 */
class SurfaceCompleteTest {
  private static SurfaceCheck check;

  @BeforeAll
  static void driveServices() {
    check = SurfaceCheck.of(PrismaAccessSpec.SPEC, PrismaAccessSpec.API, PrismaAccessClient.class, PrismaAccessOperations.registry());
  }

  @Test
  void everySpecOperationIsRunByATypedMethod() {
    assertThat(check.declaredOperations()).hasSize(PrismaAccessSpec.SPEC.operations().size());
    assertThat(check.typedOperations()).isEqualTo(check.declaredOperations());
  }

  @Test
  void everyBodyAndAnswerMemberIsReachable() {
    assertThat(check.unreachableMembers()).isEmpty();
    assertThat(check.checkedMembers()).isPositive();
  }

  @Test
  void aMemberWithoutSetterIsReported() throws Exception {
    JsonNode schema = new ObjectMapper().readTree(
        "{\"type\": \"object\", \"properties\": {\"name\": {\"type\": \"string\"}, \"no_such_member\": {\"type\": \"string\"}}}");
    assertThat(SurfaceCheck.unreachable(schema, schema, Address.class)).singleElement().asString().contains("no_such_member");
  }
}
