package io.sasekit.core.operation;

/** Where a parameter travels in the HTTP request. */
public enum ParameterLocation {
  /** A {@code {name}} segment of the path template, percent-encoded. */
  PATH,
  /** A query-string parameter, percent-encoded; lists repeat the name. */
  QUERY,
  /** A request header. */
  HEADER;

  /** Parses the registry's {@code in} value ({@code path}, {@code query}, {@code header}). */
  public static ParameterLocation fromName(String in) {
    switch (in) {
      case "path":
        return PATH;
      case "query":
        return QUERY;
      case "header":
        return HEADER;
      default:
        throw new IllegalArgumentException("unknown parameter location: " + in);
    }
  }
}
