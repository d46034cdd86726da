package io.sasekit.codegen.model;

/** How an answer is read; see {@code docs/registry-format.md}. */
public enum ResponseShape {
  /** No body. */
  NONE,
  /** One object. */
  OBJECT,
  /** One object that the spec types as an array (or wraps in an envelope). */
  SINGLE,
  /** A page: envelope, bare array or bare object. */
  LIST,
  /** Any JSON. */
  ANY;

  /** The registry spelling. */
  public String wireName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
