package io.sasekit.codegen.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Our own schema node (a normalized subset of OpenAPI, see {@code docs/registry-format.md}), as the
 * normalize stage leaves it: immutable (final members, unmodifiable collections, plain default and
 * enum values frozen too). The rules repair the normalize stage's mutable draft
 * ({@code io.sasekit.codegen.normalize.draft.Schema}), which is frozen into this type at the end of
 * normalization. Equal when every member is equal.
 *
 * <p>{@link #javaName} is a generator annotation (never written to the registry): the Java type an
 * inline object or enum is emitted as.
 */
public final class Schema {
  /** Name of an entry of {@link ApiModel#schemas}; when set, no other field is meaningful. */
  public final String ref;
  /** {@code string}, {@code integer}, {@code number}, {@code boolean}, {@code object}, {@code array} or null (any). */
  public final String type;
  /** Object members by JSON name, in spec order. */
  public final Map<String, Schema> properties;
  /** Names of required members. */
  public final List<String> required;
  /** Array element schema. */
  public final Schema items;
  /** Exactly-one-of alternatives. */
  public final List<Schema> oneOf;
  /**
   * Several independent exactly-one groups (each checked on its own; registry {@code allOf} of
   * {@code oneOf} parts), used instead of {@link #oneOf} when a schema has more than one group. Each
   * option names only its {@code required} keys; the members themselves are {@link #properties}.
   */
  public final List<List<Schema>> oneOfGroups;
  /** Allowed values. */
  public final List<Object> enumValues;
  /** Minimum string length. */
  public final Integer minLength;
  /** Maximum string length. */
  public final Integer maxLength;
  /** Java regex (translated by the normalize stage). */
  public final String pattern;
  /** Format hint, e.g. {@code password}. */
  public final String format;
  /** Inclusive numeric minimum. */
  public final BigDecimal minimum;
  /** Inclusive numeric maximum. */
  public final BigDecimal maximum;
  /** Minimum array length. */
  public final Integer minItems;
  /** Maximum array length. */
  public final Integer maxItems;
  /** Whether array items must be distinct. */
  public final Boolean uniqueItems;
  /** Set by the server; stripped from request bodies. */
  public final boolean readOnly;
  /** Holds a secret: never echoed, redacted by {@code toString}. */
  public final boolean secret;
  /** Documented default value (a plain JSON value: string, number, boolean, or unmodifiable list/map). */
  public final Object defaultValue;
  /** Spec description. */
  public final String description;
  /** Spec title. */
  public final String title;
  /** Java simple name of the type emitted for this inline object or enum (generator-only). */
  public final String javaName;

  private Schema(Builder b) {
    ref = b.ref;
    type = b.type;
    properties = Frozen.map(b.properties);
    required = Frozen.list(b.required);
    items = b.items;
    oneOf = Frozen.list(b.oneOf);
    oneOfGroups = Frozen.list(b.oneOfGroups.stream().map(Frozen::list).toList());
    enumValues = Frozen.list(b.enumValues.stream().map(Frozen::value).toList());
    minLength = b.minLength;
    maxLength = b.maxLength;
    pattern = b.pattern;
    format = b.format;
    minimum = b.minimum;
    maximum = b.maximum;
    minItems = b.minItems;
    maxItems = b.maxItems;
    uniqueItems = b.uniqueItems;
    readOnly = b.readOnly;
    secret = b.secret;
    defaultValue = Frozen.value(b.defaultValue);
    description = b.description;
    title = b.title;
    javaName = b.javaName;
  }

  /** A builder: the one way to make a schema (the normalize stage's freeze fills it from its draft). */
  public static Builder builder() {
    return new Builder();
  }

  /** Whether this node is a reference. */
  public boolean isRef() {
    return ref != null;
  }

  /** Whether this node describes an object with members or alternatives. */
  public boolean isStructuredObject() {
    return ref == null && (!properties.isEmpty() || !oneOf.isEmpty() || !oneOfGroups.isEmpty());
  }

  /** Whether this node is a string enum. */
  public boolean isEnum() {
    return ref == null && !enumValues.isEmpty();
  }

  @Override
  public boolean equals(Object o) {
    return this == o || o instanceof Schema s && readOnly == s.readOnly && secret == s.secret
        && Objects.equals(ref, s.ref) && Objects.equals(type, s.type) && Frozen.sameEntries(properties, s.properties)
        && required.equals(s.required) && Objects.equals(items, s.items) && oneOf.equals(s.oneOf)
        && oneOfGroups.equals(s.oneOfGroups) && enumValues.equals(s.enumValues)
        && Objects.equals(minLength, s.minLength) && Objects.equals(maxLength, s.maxLength)
        && Objects.equals(pattern, s.pattern) && Objects.equals(format, s.format)
        && Objects.equals(minimum, s.minimum) && Objects.equals(maximum, s.maximum)
        && Objects.equals(minItems, s.minItems) && Objects.equals(maxItems, s.maxItems)
        && Objects.equals(uniqueItems, s.uniqueItems) && Objects.equals(defaultValue, s.defaultValue)
        && Objects.equals(description, s.description) && Objects.equals(title, s.title)
        && Objects.equals(javaName, s.javaName);
  }

  @Override
  public int hashCode() {
    return Objects.hash(ref, type, properties, required, items, oneOf, enumValues, pattern, description, javaName);
  }

  @Override
  public String toString() {
    return ref != null ? "$ref:" + ref : "Schema{" + type + (properties.isEmpty() ? "" : " " + properties.keySet()) + "}";
  }

  /** Collects the members of one {@link Schema}; {@link #build()} copies them into an immutable node. */
  public static final class Builder {
    private String ref;
    private String type;
    private final java.util.LinkedHashMap<String, Schema> properties = new java.util.LinkedHashMap<>();
    private final java.util.ArrayList<String> required = new java.util.ArrayList<>();
    private Schema items;
    private final java.util.ArrayList<Schema> oneOf = new java.util.ArrayList<>();
    private final java.util.ArrayList<List<Schema>> oneOfGroups = new java.util.ArrayList<>();
    private final java.util.ArrayList<Object> enumValues = new java.util.ArrayList<>();
    private Integer minLength;
    private Integer maxLength;
    private String pattern;
    private String format;
    private BigDecimal minimum;
    private BigDecimal maximum;
    private Integer minItems;
    private Integer maxItems;
    private Boolean uniqueItems;
    private boolean readOnly;
    private boolean secret;
    private Object defaultValue;
    private String description;
    private String title;
    private String javaName;

    private Builder() {}

    /** See {@link Schema#ref}. */
    public Builder ref(String v) { ref = v; return this; }
    /** See {@link Schema#type}. */
    public Builder type(String v) { type = v; return this; }
    /** Adds a member (see {@link Schema#properties}). */
    public Builder property(String name, Schema v) { properties.put(name, v); return this; }
    /** See {@link Schema#required}. */
    public Builder required(List<String> v) { required.addAll(v); return this; }
    /** See {@link Schema#items}. */
    public Builder items(Schema v) { items = v; return this; }
    /** See {@link Schema#oneOf}. */
    public Builder oneOf(List<Schema> v) { oneOf.addAll(v); return this; }
    /** Adds a group (see {@link Schema#oneOfGroups}). */
    public Builder oneOfGroup(List<Schema> v) { oneOfGroups.add(v); return this; }
    /** See {@link Schema#enumValues}. */
    public Builder enumValues(List<?> v) { enumValues.addAll(v); return this; }
    /** See {@link Schema#minLength}. */
    public Builder minLength(Integer v) { minLength = v; return this; }
    /** See {@link Schema#maxLength}. */
    public Builder maxLength(Integer v) { maxLength = v; return this; }
    /** See {@link Schema#pattern}. */
    public Builder pattern(String v) { pattern = v; return this; }
    /** See {@link Schema#format}. */
    public Builder format(String v) { format = v; return this; }
    /** See {@link Schema#minimum}. */
    public Builder minimum(BigDecimal v) { minimum = v; return this; }
    /** See {@link Schema#maximum}. */
    public Builder maximum(BigDecimal v) { maximum = v; return this; }
    /** See {@link Schema#minItems}. */
    public Builder minItems(Integer v) { minItems = v; return this; }
    /** See {@link Schema#maxItems}. */
    public Builder maxItems(Integer v) { maxItems = v; return this; }
    /** See {@link Schema#uniqueItems}. */
    public Builder uniqueItems(Boolean v) { uniqueItems = v; return this; }
    /** See {@link Schema#readOnly}. */
    public Builder readOnly(boolean v) { readOnly = v; return this; }
    /** See {@link Schema#secret}. */
    public Builder secret(boolean v) { secret = v; return this; }
    /** See {@link Schema#defaultValue}. */
    public Builder defaultValue(Object v) { defaultValue = v; return this; }
    /** See {@link Schema#description}. */
    public Builder description(String v) { description = v; return this; }
    /** See {@link Schema#title}. */
    public Builder title(String v) { title = v; return this; }
    /** See {@link Schema#javaName}. */
    public Builder javaName(String v) { javaName = v; return this; }

    /** The immutable schema. */
    public Schema build() {
      return new Schema(this);
    }
  }
}
