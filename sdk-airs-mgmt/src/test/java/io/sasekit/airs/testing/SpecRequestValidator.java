package io.sasekit.airs.testing;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.sasekit.testkit.contract.SpecApi;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The independent judge of captured requests: Atlassian's OpenAPI request validator built from the
 * ORIGINAL spec file of the request's operation ({@link AirsSpec}: the locked files, not the
 * generator's registry), with one level raised: a query parameter the spec does not declare is an error.
 *
 * <p>One repair, the one {@code specs/spec-repairs.md} lists for {@code airs-mgmt}
 * ({@code misplaced-array-items}, {@link AirsSpec#repaired}), is applied first where a file has the
 * defect, because the validator refuses to load the file otherwise ({@code attribute
 * components.schemas.ModelProtectionObject.items is missing}). Nothing else is changed.
 */
public final class SpecRequestValidator {
  private static final Map<String, OpenApiInteractionValidator> VALIDATORS = new ConcurrentHashMap<>();

  private SpecRequestValidator() {}

  private static OpenApiInteractionValidator validator(SpecApi.SpecFile file) {
    return VALIDATORS.computeIfAbsent(file.path(), k -> OpenApiInteractionValidator.createForInlineApiSpecification(AirsSpec.repaired(file).toString())
        .withLevelResolver(LevelResolver.create()
            .withLevel("validation.request.parameter.query.unexpected", ValidationReport.Level.ERROR)
            .build())
        .withStrictOperationPathMatching()
        .build());
  }

  /** The validator's errors for a request captured by WireMock (empty when it conforms). */
  public static List<String> errors(LoggedRequest r) {
    URI uri = URI.create(r.getUrl());
    SpecApi.SpecFile file = AirsSpec.API.file(AirsSpec.operationOf(r.getMethod().getName(), uri.getRawPath()).specFile());
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
    ValidationReport report = validator(file).validateRequest(b.build());
    List<String> out = new ArrayList<>();
    for (ValidationReport.Message m : report.getMessages()) {
      if (m.getLevel() == ValidationReport.Level.ERROR) {
        out.add(m.getKey() + ": " + m.getMessage());
      }
    }
    return out;
  }
}
