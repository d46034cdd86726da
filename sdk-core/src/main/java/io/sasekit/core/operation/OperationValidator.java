package io.sasekit.core.operation;

import com.fasterxml.jackson.databind.JsonNode;
import io.sasekit.core.errors.ValidationException.Violation;
import io.sasekit.core.internal.ParameterValues;
import io.sasekit.core.internal.RequestValidator;
import io.sasekit.core.json.JsonMapper;
import java.util.List;

/**
 * The request validation every call goes through before it is sent, for code that checks calls
 * it did not build itself (the testkit's simulator checks each request it receives with it, so the
 * SDK and its simulator cannot disagree): required parameters, each value against its schema (texts
 * read as the number or boolean the schema asks for), the {@code exactlyOneOf} sets, unknown
 * parameters, and the body against the body schema. Thread-safe.
 */
public final class OperationValidator {
  private static final RequestValidator VALIDATOR = new RequestValidator(new ParameterValues(JsonMapper.shared()));

  private OperationValidator() {}

  /**
   * Every violation of {@code op} by a call.
   *
   * @param op the operation
   * @param args the parameters (values as given, or as texts from the wire)
   * @param body the body with its read-only members removed, or {@code null} when none was sent
   * @return the violations, empty when the call is valid; paths read {@code query.folder},
   *     {@code path.id}, {@code body.name}
   */
  public static List<Violation> validate(OperationSpec op, Arguments args, JsonNode body) {
    return VALIDATOR.validate(op, args == null ? Arguments.empty() : args, body);
  }
}
