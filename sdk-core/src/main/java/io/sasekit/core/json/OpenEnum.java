package io.sasekit.core.json;

/**
 * A string enumeration that stays open: besides its known constants it carries any value the
 * service sends, so a new server value never breaks deserialization. Generated enum classes
 * implement it; the executor sends {@link #value()} on the wire.
 */
public interface OpenEnum {
  /** The wire value, e.g. {@code pre}. */
  String value();

  /** Whether the value is one of the constants this SDK version knows. */
  boolean isKnown();
}
