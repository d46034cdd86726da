package io.sasekit.testkit.contract;

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
 * The independent judge of a captured request: the Atlassian OpenAPI request validator built from
 * the ORIGINAL spec file of the operation (read as plain YAML by {@link SpecApi}), given only the
 * repairs {@link SpecRepairs} lists for the API. Its own defaults are kept (among them the strict
 * reading of objects: an undeclared member is an error), paths match strictly, one level is raised
 * (a query parameter the spec does not declare is an error, not ignored) and one check is added
 * (exactly one container parameter where a repair marked it with {@link SpecRepairs#EXACTLY_ONE_OF}).
 */
public final class SpecRequestValidator {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<String, SpecRequestValidator> CACHE = new ConcurrentHashMap<>();

  private final OpenApiInteractionValidator validator;

  private SpecRequestValidator(OpenApiInteractionValidator validator) {
    this.validator = validator;
  }

  /** The validator of one file of {@code api} (its name in {@code spec-repairs.md}) with every listed repair (built once). */
  public static SpecRequestValidator forSpec(String api, SpecApi.SpecFile file) {
    return CACHE.computeIfAbsent(api + " " + file.path(), k -> build(api, file, Set.of()));
  }

  /**
   * The errors of a request against the file of {@code spec} that declares its operation (found by
   * method and by the path matched against each operation's full path), with every repair listed
   * for {@code api}.
   *
   * @param api the API's name in {@code specs/spec-repairs.md}
   * @param spec its spec files
   * @param request the request
   * @throws IllegalArgumentException naming the request when no operation of the files matches it
   */
  public static List<String> errors(String api, SpecApi spec, CapturedRequest request) {
    SpecOperation so = spec.operationOf(request.method(), request.path()).orElseThrow(() -> new IllegalArgumentException(
        "no operation of the files under " + spec.prefix() + " for " + request.method() + " " + request.path()));
    return forSpec(api, spec.file(so.specFile())).errors(request);
  }

  /** A validator of a file with every repair listed for {@code api} except those in {@code skip} (not cached). */
  public static SpecRequestValidator build(String api, SpecApi.SpecFile file, Set<String> skip) {
    ObjectNode doc = SpecApi.freshDocument(file);
    SpecRepairs.apply(api, doc, skip);
    String text;
    try {
      text = JSON.writeValueAsString(doc);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    return new SpecRequestValidator(OpenApiInteractionValidator.createForInlineApiSpecification(text)
        .withLevelResolver(LevelResolver.create()
            .withLevel("validation.request.parameter.query.unexpected", ValidationReport.Level.ERROR)
            .build())
        .withStrictOperationPathMatching()
        .withCustomRequestValidation(SpecRequestValidator::exactlyOneOf)
        .build());
  }

  /** The check that replaces "all three required" where a repair marked the operation. */
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
  public List<String> errors(CapturedRequest request) {
    ValidationReport report = validator.validateRequest(toValidatorRequest(request));
    List<String> out = new ArrayList<>();
    for (ValidationReport.Message m : report.getMessages()) {
      if (m.getLevel() == ValidationReport.Level.ERROR) {
        out.add(m.getKey() + ": " + m.getMessage()
            + (m.getAdditionalInfo().isEmpty() ? "" : " " + m.getAdditionalInfo())
            + m.getContext().flatMap(c -> c.getPointers()).map(p -> " at " + p.getInstance()).orElse(""));
      }
    }
    return out;
  }

  /** The underlying Atlassian validator. */
  public OpenApiInteractionValidator validator() {
    return validator;
  }

  private static Request toValidatorRequest(CapturedRequest c) {
    SimpleRequest.Builder b = new SimpleRequest.Builder(c.method(), c.path());
    c.query().forEach(b::withQueryParam);
    c.headers().forEach(b::withHeader);
    if (c.body() != null && !c.body().isEmpty()) {
      b.withBody(c.body());
    }
    return b.build();
  }
}
