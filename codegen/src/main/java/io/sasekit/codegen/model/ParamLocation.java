package io.sasekit.codegen.model;

/** Where a parameter travels. */
public enum ParamLocation {
  /** A {@code {name}} path segment. */
  PATH,
  /** A query parameter. */
  QUERY,
  /** A header. */
  HEADER;

  /** The registry spelling ({@code path}, {@code query}, {@code header}). */
  public String wireName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
