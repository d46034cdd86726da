package io.sasekit.core.operation;

/** How an operation's successful answer is read; see {@code docs/registry-format.md}. */
public enum ResponseShape {
  /** No body is expected. */
  NONE,
  /** One JSON object. */
  OBJECT,
  /** One object that may arrive as an object, a one-element array or a {@code {data:[...]}} envelope. */
  SINGLE,
  /** A list: the {@code {data, limit, offset, total}} envelope, a bare array or a bare object. */
  LIST,
  /** Any JSON value. */
  ANY;

  /** Parses the registry's lower-case shape name. */
  public static ResponseShape fromName(String name) {
    return valueOf(name.toUpperCase(java.util.Locale.ROOT));
  }
}
