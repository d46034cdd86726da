package io.sasekit.core.json;

/**
 * A string enumeration that stays open: besides its known constants it carries any value the
 * service sends, so a new server value never breaks deserialization. Generated enum classes
 * implement it; the executor sends {@link #value()} on the wire.
 *
 * <p>Validation before sending accepts a value that is not one of the known constants only when
 * it was {@linkplain #isReceived() read from a service answer} (a get, toBuilder, update round
 * trip keeps it); a value built by the caller with {@code of("...")} must be one of the
 * constants, or the call fails with a {@code ValidationException} listing the allowed values.
 */
public interface OpenEnum {
  /** The wire value, e.g. {@code pre}. */
  String value();

  /** Whether the value is one of the constants this SDK version knows. */
  boolean isKnown();

  /**
   * Whether this value was read from a service answer (rather than built by the caller). Only such
   * values pass validation when they are not {@linkplain #isKnown() known}.
   */
  default boolean isReceived() {
    return false;
  }
}
