package io.sasekit.core.schema;

/** The JSON type a {@link SchemaSpec} admits; {@link #ANY} admits every JSON value. */
public enum SchemaType {
  /** A JSON string. */
  STRING,
  /** A JSON number without a fraction. */
  INTEGER,
  /** Any JSON number. */
  NUMBER,
  /** {@code true} or {@code false}. */
  BOOLEAN,
  /** A JSON object. */
  OBJECT,
  /** A JSON array. */
  ARRAY,
  /** Any JSON value (the schema names no type). */
  ANY;

  /** Parses the registry's lower-case type name; {@code null} means {@link #ANY}. */
  public static SchemaType fromName(String name) {
    if (name == null) {
      return ANY;
    }
    switch (name) {
      case "string":
        return STRING;
      case "integer":
        return INTEGER;
      case "number":
        return NUMBER;
      case "boolean":
        return BOOLEAN;
      case "object":
        return OBJECT;
      case "array":
        return ARRAY;
      default:
        throw new IllegalArgumentException("unknown schema type: " + name);
    }
  }
}
