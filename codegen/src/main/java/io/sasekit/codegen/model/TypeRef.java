package io.sasekit.codegen.model;

import java.util.Objects;

/**
 * A Java type as decided by the normalize stage, independent of any package: emitters turn it into
 * a JavaPoet type name.
 *
 * @param kind the kind
 * @param name name of a generated model or enum within the models package, dotted when nested (for
 *     {@code MODEL} and {@code ENUM}), or the
 *     fully qualified name of a hand-written class (for {@code EXTERNAL})
 * @param element element type (for {@code LIST})
 */
public record TypeRef(Kind kind, String name, TypeRef element) {

  /** Kinds of Java types used by generated code. */
  public enum Kind {
    /** {@code String}. */
    STRING,
    /** {@code Integer}. */
    INTEGER,
    /** {@code Long}. */
    LONG,
    /** {@code Double}. */
    DOUBLE,
    /** {@code Boolean}. */
    BOOLEAN,
    /** {@code Object}: any JSON value. */
    ANY,
    /** {@code Map<String, Object>}: a free-form object. */
    MAP,
    /** {@code List<element>}. */
    LIST,
    /** A generated model class. */
    MODEL,
    /** A generated open enum class. */
    ENUM,
    /** A hand-written class of the API module, by fully qualified name (e.g. its container type). */
    EXTERNAL
  }

  public static final TypeRef STRING = new TypeRef(Kind.STRING, null, null);
  public static final TypeRef INTEGER = new TypeRef(Kind.INTEGER, null, null);
  public static final TypeRef LONG = new TypeRef(Kind.LONG, null, null);
  public static final TypeRef DOUBLE = new TypeRef(Kind.DOUBLE, null, null);
  public static final TypeRef BOOLEAN = new TypeRef(Kind.BOOLEAN, null, null);
  public static final TypeRef ANY = new TypeRef(Kind.ANY, null, null);
  public static final TypeRef MAP = new TypeRef(Kind.MAP, null, null);

  /** A list of {@code element}. */
  public static TypeRef listOf(TypeRef element) {
    return new TypeRef(Kind.LIST, null, Objects.requireNonNull(element));
  }

  /** A generated model. */
  public static TypeRef model(String name) {
    return new TypeRef(Kind.MODEL, Objects.requireNonNull(name), null);
  }

  /** A generated enum. */
  public static TypeRef enumType(String name) {
    return new TypeRef(Kind.ENUM, Objects.requireNonNull(name), null);
  }

  /** A hand-written class, by fully qualified name. */
  public static TypeRef external(String qualifiedName) {
    return new TypeRef(Kind.EXTERNAL, Objects.requireNonNull(qualifiedName), null);
  }

  /** Whether this is a list. */
  public boolean isList() {
    return kind == Kind.LIST;
  }

  @Override
  public String toString() {
    switch (kind) {
      case LIST:
        return "List<" + element + ">";
      case MODEL:
      case ENUM:
      case EXTERNAL:
        return name;
      default:
        return kind.name();
    }
  }
}
