package io.sasekit.prismaaccess.contract;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.ApiOperation;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The independent judge of every captured request: the Atlassian OpenAPI request validator built
 * from the ORIGINAL spec file of the operation (found through {@link SpecMirror}, read as plain YAML,
 * given only the {@link SpecRepairs}). Its own defaults are kept (among them the strict reading of
 * objects: an undeclared member is an error), paths match strictly, one level is raised (a query
 * parameter the spec does not declare is an error, not ignored) and one check is added (exactly one
 * container parameter where {@link SpecRepairs} marked it).
 */
final class SpecValidators {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<String, OpenApiInteractionValidator> CACHE = new ConcurrentHashMap<>();

  private SpecValidators() {}

  /** The validator of a spec file with every repair applied (built once). */
  static OpenApiInteractionValidator forSpec(String specPath) {
    return CACHE.computeIfAbsent(specPath, p -> build(p, Set.of()));
  }

  /** A validator of a spec file with every repair applied except those in {@code skip} (not cached). */
  static OpenApiInteractionValidator build(String specPath, Set<String> skip) {
    ObjectNode doc = SpecDocuments.freshDocument(SpecMirror.byPath(specPath));
    SpecRepairs.apply(specPath, doc, skip);
    String text;
    try {
      text = JSON.writeValueAsString(doc);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    return OpenApiInteractionValidator.createForInlineApiSpecification(text)
        .withLevelResolver(LevelResolver.create()
            .withLevel("validation.request.parameter.query.unexpected", ValidationReport.Level.ERROR)
            .build())
        .withStrictOperationPathMatching()
        .withCustomRequestValidation(SpecValidators::exactlyOneOf)
        .build();
  }

  /**
   * The check that replaces "all three required" on the operations {@link SpecRepairs} marked: the
   * request carries exactly one of the named query parameters.
   */
  private static ValidationReport exactlyOneOf(Request request, ApiOperation op) {
    Map<String, Object> ext = op.getOperation().getExtensions();
    if (ext == null || !(ext.get(SpecRepairs.EXACTLY_ONE_OF) instanceof List<?> names)) {
      return ValidationReport.empty();
    }
    List<String> present = new ArrayList<>();
    for (Object n : names) {
      if (!request.getQueryParameterValues(String.valueOf(n)).isEmpty()) {
        present.add(String.valueOf(n));
      }
    }
    if (present.size() == 1) {
      return ValidationReport.empty();
    }
    return ValidationReport.singleton(ValidationReport.Message.create("validation.request.parameter.exactlyOneOf",
        "Exactly one of the query parameters " + names + " is required; found " + present).build());
  }

  /** The errors the validator reports for a request (empty when it conforms). */
  static List<String> errors(OpenApiInteractionValidator validator, CapturedRequest request) {
    ValidationReport report = validator.validateRequest(toValidatorRequest(request));
    List<String> out = new ArrayList<>();
    for (ValidationReport.Message m : report.getMessages()) {
      if (m.getLevel() != ValidationReport.Level.ERROR && m.getLevel() != ValidationReport.Level.IGNORE
          && Boolean.getBoolean("sasekit.contract.trace")) {
        System.out.println("validator " + m.getLevel() + ": " + m.getKey() + ": " + m.getMessage());
      }
      if (m.getLevel() == ValidationReport.Level.ERROR) {
        out.add(m.getKey() + ": " + m.getMessage()
            + (m.getAdditionalInfo().isEmpty() ? "" : " " + m.getAdditionalInfo())
            + m.getContext().flatMap(c -> c.getPointers()).map(p -> " at " + p.getInstance()).orElse(""));
      }
    }
    return out;
  }

  static Request toValidatorRequest(CapturedRequest c) {
    SimpleRequest.Builder b = new SimpleRequest.Builder(c.method(), c.path());
    c.query().forEach(b::withQueryParam);
    c.headers().forEach(b::withHeader);
    if (c.body() != null && !c.body().isEmpty()) {
      b.withBody(c.body());
    }
    return b.build();
  }
}
