package io.sasekit.airs.testing;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The independent judge of captured requests: Atlassian's OpenAPI request validator built from the
 * ORIGINAL AIRS spec file (from the mirror, not the generator's registry), with one level raised: a
 * query parameter the spec does not declare is an error.
 *
 * <p>One repair is applied first, because the validator refuses to load the file otherwise
 * ({@code attribute components.schemas.ModelProtectionObject.items is missing}): the spec's
 * {@code topic-list} array has no {@code items}, its element schema ({@code $ref: TopicArray}) being
 * mis-indented as a sibling property named {@code items}. The repair moves it where it belongs,
 * exactly as the generator's {@code MisplacedArrayItems} rule does. Nothing else is changed.
 */
public final class SpecRequestValidator {
  private static OpenApiInteractionValidator validator;

  private SpecRequestValidator() {}

  private static synchronized OpenApiInteractionValidator validator() {
    if (validator == null) {
      validator = OpenApiInteractionValidator.createForInlineApiSpecification(repairedSpec())
          .withLevelResolver(LevelResolver.create()
              .withLevel("validation.request.parameter.query.unexpected", ValidationReport.Level.ERROR)
              .build())
          .withStrictOperationPathMatching()
          .build();
    }
    return validator;
  }

  /** The spec as JSON text, with the one repair described above. */
  static String repairedSpec() {
    ObjectNode doc = (ObjectNode) AirsSpec.yaml();
    ObjectNode props = (ObjectNode) doc.at("/components/schemas/ModelProtectionObject/items/properties");
    ObjectNode topicList = (ObjectNode) props.get("topic-list");
    if (props.has("items") && !topicList.has("items")) {
      topicList.set("items", props.remove("items"));
    }
    return doc.toString();
  }

  /** The validator's errors for a request captured by WireMock (empty when it conforms). */
  public static List<String> errors(LoggedRequest r) {
    URI uri = URI.create(r.getUrl());
    SimpleRequest.Builder b = new SimpleRequest.Builder(r.getMethod().getName(), uri.getRawPath());
    if (uri.getRawQuery() != null) {
      for (String pair : uri.getRawQuery().split("&")) {
        int eq = pair.indexOf('=');
        String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
        String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
        b.withQueryParam(name, value);
      }
    }
    for (HttpHeader h : r.getHeaders().all()) {
      b.withHeader(h.key(), h.values());
    }
    String body = r.getBodyAsString();
    if (body != null && !body.isEmpty()) {
      b.withBody(body);
    }
    ValidationReport report = validator().validateRequest(b.build());
    List<String> out = new ArrayList<>();
    for (ValidationReport.Message m : report.getMessages()) {
      if (m.getLevel() == ValidationReport.Level.ERROR) {
        out.add(m.getKey() + ": " + m.getMessage());
      }
    }
    return out;
  }
}
