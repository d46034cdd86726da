package io.sasekit.airs.scan.testing;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The original scan spec, read without the generator: located through {@code specs/specs.lock.tsv}
 * (mirror {@code SASEKIT_SPECS_MIRROR}, else {@code <root>/../shared/specs}; only a file whose sha256
 * matches is used). It gives the answers of the fake server ({@link #example}, {@link #instance})
 * and judges each captured request with Atlassian's validator ({@link #errors}).
 *
 * <p>The validator judges against the spec with ONE repair, the same the generator records
 * ({@code NestedArrayBodyFlattened}): the async scan body declared {@code [[AsyncScanObject]]} is
 * read as the flat list {@code AsyncScanRequest} = {@code [AsyncScanObject]}. {@link #errorsUnrepaired}
 * judges against the file as published, to show the repair is needed.
 */
public final class ScanSpec {
  /** The spec's path in the lock. */
  public static final String PATH = "prisma-airs/scan/scan-service_latest.yaml";
  private static final String ASYNC_BODY = "/paths/~1v1~1scan~1async~1request/post/requestBody/content/application~1json/schema";

  private static JsonNode yaml;
  private static OpenApiInteractionValidator repaired;
  private static OpenApiInteractionValidator unrepaired;

  private ScanSpec() {}

  /** The spec as a plain YAML tree. */
  public static synchronized JsonNode yaml() {
    if (yaml == null) {
      try {
        yaml = new ObjectMapper(new YAMLFactory()).readTree(file().toFile());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return yaml.deepCopy();
  }

  /** A named example of {@code components.examples}. */
  public static JsonNode example(String name) {
    JsonNode v = yaml().at("/components/examples/" + name + "/value");
    if (v.isMissingNode()) {
      throw new IllegalArgumentException("no example " + name + " in the spec");
    }
    return v;
  }

  /**
   * An instance of a component schema built from the spec alone: every scalar property (its
   * {@code example} if declared, else a value of its type and format), required objects and
   * arrays filled the same way (arrays empty).
   */
  public static JsonNode instance(String schema) {
    return instance(yaml().at("/components/schemas/" + schema), 0);
  }

  private static JsonNode instance(JsonNode s, int depth) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    if (s.has("$ref")) {
      String ref = s.get("$ref").asText();
      return instance(yaml().at(ref.substring(1)), depth + 1);
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
          JsonNode ps = p.getValue().has("$ref") ? yaml().at(p.getValue().get("$ref").asText().substring(1)) : p.getValue();
          boolean scalar = !ps.path("type").asText("object").equals("object") && !ps.path("type").asText().equals("array");
          if ((scalar || required.contains(p.getKey())) && depth < 4) {
            o.set(p.getKey(), instance(p.getValue(), depth + 1));
          }
        }
        return o;
    }
  }

  /** The validator's errors for a captured request, against the spec with the flat-list repair. */
  public static List<String> errors(LoggedRequest r) {
    return errors(validator(true), r);
  }

  /** The validator's errors against the spec exactly as published (no repair). */
  public static List<String> errorsUnrepaired(LoggedRequest r) {
    return errors(validator(false), r);
  }

  private static synchronized OpenApiInteractionValidator validator(boolean repair) {
    if (repair ? repaired == null : unrepaired == null) {
      ObjectNode doc = (ObjectNode) yaml();
      if (repair) {
        ObjectNode body = (ObjectNode) doc.at(ASYNC_BODY);
        body.removeAll();
        body.put("$ref", "#/components/schemas/AsyncScanRequest");
      }
      OpenApiInteractionValidator v = OpenApiInteractionValidator.createForInlineApiSpecification(doc.toString())
          .withLevelResolver(LevelResolver.create()
              .withLevel("validation.request.parameter.query.unexpected", ValidationReport.Level.ERROR)
              .withLevel("validation.request.security.missing", ValidationReport.Level.ERROR)
              .build())
          .withStrictOperationPathMatching()
          .build();
      if (repair) {
        repaired = v;
      } else {
        unrepaired = v;
      }
    }
    return repair ? repaired : unrepaired;
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

  /** The pinned file (sha256 checked against the lock). */
  public static Path file() {
    Path root = root();
    try {
      String sha = Files.readAllLines(root.resolve("specs/specs.lock.tsv")).stream()
          .map(l -> l.split("\t")).filter(c -> c.length >= 2 && c[0].equals(PATH)).map(c -> c[1])
          .findFirst().orElseThrow(() -> new IllegalStateException(PATH + " is not locked"));
      String env = System.getenv("SASEKIT_SPECS_MIRROR");
      Path mirror = env != null && !env.isBlank() ? Path.of(env) : root.resolveSibling("shared").resolve("specs");
      for (Path c : List.of(mirror.resolve(PATH), root.resolve("specs").resolve(PATH))) {
        if (Files.isRegularFile(c) && HexFormat.of().formatHex(
            MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(c))).equals(sha)) {
          return c;
        }
      }
      throw new IllegalStateException("spec " + PATH + " with sha256 " + sha + " not found under " + mirror);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Path root() {
    return io.sasekit.testkit.contract.SpecApi.repoRoot();
  }
}
