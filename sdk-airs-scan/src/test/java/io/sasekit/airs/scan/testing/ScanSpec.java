package io.sasekit.airs.scan.testing;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.sasekit.testkit.contract.ContractWireMock;
import io.sasekit.testkit.contract.SpecApi;
import io.sasekit.testkit.contract.SpecOperation;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The original scan spec files, read without the generator: every file the lock {@code
 * specs/specs.lock.tsv} pins under the module's folder {@value #FOLDER} (the build's {@code
 * specPathPrefix}), found by the testkit's {@link SpecApi} (mirror {@code SASEKIT_SPECS_MIRROR}, else
 * {@code <root>/../shared/specs}; only a file whose sha256 matches the lock). They give the answers
 * of the fake server ({@link #example}, {@link #instance}) and judge each captured request with
 * Atlassian's validator built from the request's own file ({@link #errors}).
 *
 * <p>The validator judges against the file with ONE repair, the one {@code specs/spec-repairs.md}
 * lists for {@code airs-scan} and the generator records ({@code NestedArrayBodyFlattened}): where a
 * file declares the async scan body {@code [[AsyncScanObject]]}, it is read as the flat list {@code
 * AsyncScanRequest} = {@code [AsyncScanObject]}. {@link #errorsUnrepaired} judges against the file as
 * published, to show the repair is needed.
 */
public final class ScanSpec {
  /** The lock prefix of the module's files. */
  public static final String FOLDER = "prisma-airs/scan/";
  /** The module's files and their operations (the servers name hosts only: paths are the registry's). */
  public static final SpecApi API = SpecApi.of(FOLDER, true);
  private static final String ASYNC_BODY = "/paths/~1v1~1scan~1async~1request/post/requestBody/content/application~1json/schema";

  private static final Map<String, OpenApiInteractionValidator> REPAIRED = new ConcurrentHashMap<>();
  private static final Map<String, OpenApiInteractionValidator> UNREPAIRED = new ConcurrentHashMap<>();

  private ScanSpec() {}

  /** Every operation of every locked file. */
  public static List<SpecOperation> operations() {
    return API.operations();
  }

  /** The operation of {@code method} and {@code path} (the registry's path template) in the locked files. */
  public static SpecOperation operation(String method, String path) {
    return operations().stream().filter(o -> o.method().equals(method) && o.path().equals(path)).findFirst()
        .orElseThrow(() -> new AssertionError("no operation " + method + " " + path + " in the files under " + FOLDER));
  }

  /** The server URLs the locked files declare, in file order, each once. */
  public static List<String> servers() {
    Set<String> out = new LinkedHashSet<>();
    for (SpecApi.SpecFile f : API.files()) {
      SpecApi.document(f).path("servers").forEach(s -> out.add(s.path("url").asText()));
    }
    return List.copyOf(out);
  }

  /** The component {@code kind/name} of the first locked file that declares it. */
  private static JsonNode component(String kind, String name) {
    for (SpecApi.SpecFile f : API.files()) {
      JsonNode c = SpecApi.document(f).path("components").path(kind).path(name);
      if (!c.isMissingNode()) {
        return c;
      }
    }
    throw new IllegalArgumentException("no " + kind + " " + name + " in the files under " + FOLDER);
  }

  /** A named example of {@code components.examples}. */
  public static JsonNode example(String name) {
    return component("examples", name).path("value").deepCopy();
  }

  /**
   * An instance of a component schema built from the spec alone: every scalar property (its
   * {@code example} if declared, else a value of its type and format), required objects and
   * arrays filled the same way (arrays empty).
   */
  public static JsonNode instance(String schema) {
    return instance(component("schemas", schema), 0);
  }

  private static JsonNode instance(JsonNode s, int depth) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    if (s.has("$ref")) {
      String ref = s.get("$ref").asText();
      return instance(component("schemas", ref.substring(ref.lastIndexOf('/') + 1)), depth + 1);
    }
    if (s.has("example")) {
      return s.get("example");
    }
    if (s.has("enum")) {
      return s.get("enum").get(0);
    }
    String type = s.path("type").asText("object");
    String format = s.path("format").asText("");
    switch (type) {
      case "string":
        return f.textNode(format.equals("uuid") ? "6e06ec5b-a128-4a4f-a393-ff5da75203d9"
            : format.equals("date-time") ? "2025-04-17T07:38:34Z" : "text");
      case "integer":
      case "number":
        return f.numberNode(1);
      case "boolean":
        return f.booleanNode(false);
      case "array":
        return f.arrayNode();
      default:
        ObjectNode o = f.objectNode();
        List<String> required = new ArrayList<>();
        s.path("required").forEach(r -> required.add(r.asText()));
        Iterator<Map.Entry<String, JsonNode>> it = s.path("properties").fields();
        while (it.hasNext()) {
          Map.Entry<String, JsonNode> p = it.next();
          String ref = p.getValue().path("$ref").asText("");
          JsonNode ps = ref.isEmpty() ? p.getValue() : component("schemas", ref.substring(ref.lastIndexOf('/') + 1));
          boolean scalar = !ps.path("type").asText("object").equals("object") && !ps.path("type").asText().equals("array");
          if ((scalar || required.contains(p.getKey())) && depth < 4) {
            o.set(p.getKey(), instance(p.getValue(), depth + 1));
          }
        }
        return o;
    }
  }

  /** The validator's errors for a captured request, against its operation's file with the flat-list repair. */
  public static List<String> errors(LoggedRequest r) {
    return errors(validator(fileOf(r), true), r);
  }

  /** The validator's errors against the request's file exactly as published (no repair). */
  public static List<String> errorsUnrepaired(LoggedRequest r) {
    return errors(validator(fileOf(r), false), r);
  }

  private static SpecApi.SpecFile fileOf(LoggedRequest r) {
    String path = URI.create(r.getUrl()).getRawPath();
    for (SpecOperation so : operations()) {
      if (so.method().equals(r.getMethod().getName()) && path.matches(ContractWireMock.pathPattern(so.fullPath()))) {
        return API.file(so.specFile());
      }
    }
    throw new AssertionError("no operation of the files under " + FOLDER + " for " + r.getMethod() + " " + path);
  }

  /**
   * A fresh copy of a file with the flat-list repair where the file has the defect: the async scan
   * body {@code [AsyncScanRequest]} (an array of arrays) becomes {@code AsyncScanRequest}.
   */
  public static ObjectNode repaired(SpecApi.SpecFile file) {
    ObjectNode doc = SpecApi.freshDocument(file);
    if (doc.at(ASYNC_BODY) instanceof ObjectNode body && body.path("items").path("$ref").asText().equals("#/components/schemas/AsyncScanRequest")) {
      body.removeAll();
      body.put("$ref", "#/components/schemas/AsyncScanRequest");
    }
    return doc;
  }

  private static OpenApiInteractionValidator validator(SpecApi.SpecFile file, boolean repair) {
    return (repair ? REPAIRED : UNREPAIRED).computeIfAbsent(file.path(), k -> {
      ObjectNode doc = repair ? repaired(file) : SpecApi.freshDocument(file);
      return OpenApiInteractionValidator.createForInlineApiSpecification(doc.toString())
          .withLevelResolver(LevelResolver.create()
              .withLevel("validation.request.parameter.query.unexpected", ValidationReport.Level.ERROR)
              .withLevel("validation.request.security.missing", ValidationReport.Level.ERROR)
              .build())
          .withStrictOperationPathMatching()
          .build();
    });
  }

  private static List<String> errors(OpenApiInteractionValidator validator, LoggedRequest r) {
    URI uri = URI.create(r.getUrl());
    SimpleRequest.Builder b = new SimpleRequest.Builder(r.getMethod().getName(), uri.getRawPath());
    if (uri.getRawQuery() != null) {
      for (String pair : uri.getRawQuery().split("&")) {
        int eq = pair.indexOf('=');
        b.withQueryParam(URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8),
            eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    for (HttpHeader h : r.getHeaders().all()) {
      b.withHeader(h.key(), h.values());
    }
    String body = r.getBodyAsString();
    if (body != null && !body.isEmpty()) {
      b.withBody(body);
    }
    List<String> out = new ArrayList<>();
    for (ValidationReport.Message m : validator.validateRequest(b.build()).getMessages()) {
      if (m.getLevel() == ValidationReport.Level.ERROR) {
        out.add(m.getKey() + ": " + m.getMessage());
      }
    }
    return out;
  }
}
