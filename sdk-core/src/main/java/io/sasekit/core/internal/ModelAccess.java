package io.sasekit.core.internal;

import io.sasekit.core.json.JsonModel;
import java.util.function.BiFunction;

/**
 * Reads a known member of a {@link JsonModel} by its JSON name from outside the model's package,
 * without making the read part of every generated model's public surface. {@link JsonModel}
 * installs the reader when its class initializes, so it is set before any model exists.
 */
public final class ModelAccess {
  private static volatile BiFunction<JsonModel, String, Object> reader;

  private ModelAccess() {}

  /**
   * Installs the reader; only the first call counts (made by {@link JsonModel}'s class
   * initializer).
   *
   * @param knownMember reads a known member's value by JSON name ({@code null} when absent)
   */
  public static synchronized void install(BiFunction<JsonModel, String, Object> knownMember) {
    if (reader == null) {
      reader = knownMember;
    }
  }

  /**
   * The value of {@code model}'s known member {@code json} ({@code null} when absent or set to
   * null); members the SDK does not know are in {@link JsonModel#additionalProperties()}.
   *
   * @param model the model
   * @param json the JSON member name
   * @return the value, or {@code null}
   */
  public static Object knownMember(JsonModel model, String json) {
    return reader.apply(model, json);
  }
}
