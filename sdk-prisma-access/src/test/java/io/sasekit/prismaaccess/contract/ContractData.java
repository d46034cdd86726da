package io.sasekit.prismaaccess.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;
import io.sasekit.testkit.contract.ContractWireMock;

/**
 * The contract suite's data under {@code src/test/resources/contract/}: the realistic fixture of each
 * resource ({@code fixtures/<resourceKey>.json}), request bodies of other shapes
 * ({@code fixtures/bodies/<resourceKey>.<operation>.json}) and the WireMock answer templates
 * ({@code wiremock/*.json}).
 */
final class ContractData {
  static final String ROOT = "contract/";
  private static final ObjectMapper JSON = new ObjectMapper();

  private ContractData() {}

  static boolean exists(String resource) {
    return ContractData.class.getClassLoader().getResource(ROOT + resource) != null;
  }

  static JsonNode read(String resource) {
    try (InputStream in = ContractData.class.getClassLoader().getResourceAsStream(ROOT + resource)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + ROOT + resource);
      }
      return JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + ROOT + resource, e);
    }
  }

  /** The realistic object of a resource, as the service answers it. */
  static JsonNode fixture(String resourceKey) {
    return read("fixtures/" + resourceKey + ".json");
  }

  /**
   * What the service answers an operation with: {@code fixtures/<resourceKey>.<operation>.json} when
   * the answer is not the resource's object (configVersion.getRunning), else the resource's fixture.
   */
  static JsonNode answerFixture(String resourceKey, String operation) {
    String name = "fixtures/" + resourceKey + "." + operation + ".json";
    return exists(name) ? read(name) : fixture(resourceKey);
  }

  /** The body fixture of an operation whose body is not the resource's own object, or {@code null}. */
  static JsonNode bodyFixture(String resourceKey, String operation) {
    String name = "fixtures/bodies/" + resourceKey + "." + operation + ".json";
    return exists(name) ? read(name) : null;
  }

  static Properties answerOverrides() {
    return properties("wiremock/answers.properties");
  }

  static Properties properties(String resource) {
    Properties p = new Properties();
    try (InputStream in = ContractData.class.getClassLoader().getResourceAsStream(ROOT + resource)) {
      if (in == null) {
        throw new IllegalStateException("missing " + ROOT + resource);
      }
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }

  /**
   * A WireMock stub mapping from the template {@code wiremock/<template>.json}: {@code $method}, the
   * path pattern of the spec path template and {@code $fixture} filled in; the status replaced when
   * {@code status > 0}.
   */
  static String stub(String template, String method, String pathTemplate, JsonNode fixture, int status) {
    ObjectNode m = (ObjectNode) read("wiremock/" + template + ".json").deepCopy();
    ObjectNode request = (ObjectNode) m.get("request");
    request.put("method", method);
    request.put("urlPathPattern", pathPattern(pathTemplate));
    ObjectNode response = (ObjectNode) m.get("response");
    if (status > 0) {
      response.put("status", status);
    }
    if (response.has("jsonBody")) {
      response.set("jsonBody", ContractWireMock.fill(response.get("jsonBody"), fixture));
    }
    return m.toString();
  }

  /** A regex matching the concrete paths of a spec path template ({@code {id}} is one segment). */
  static String pathPattern(String template) {
    return ContractWireMock.pathPattern(template);
  }
}
