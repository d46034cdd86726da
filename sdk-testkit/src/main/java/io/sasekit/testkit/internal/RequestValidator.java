package io.sasekit.testkit.internal;

import io.sasekit.core.errors.ValidationException;
import java.util.List;

/** Checks a routed request against its operation's registry constraints. */
public interface RequestValidator {
  /** Every violated constraint (empty when the request is valid). */
  List<ValidationException.Violation> validate(Call call);
}
