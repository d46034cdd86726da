package io.sasekit.codegen.normalize.draft;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The normalize stage's draft of a schema node: mutable while the rules repair it, then frozen into
 * the immutable {@link io.sasekit.codegen.model.Schema} the plan stage and the emitters read (same
 * members, see there).
 *
 * <p>{@link #javaName} is a generator annotation (never written to the registry): the Java type an
 * inline object or enum is emitted as.
 */
public final class Schema {
  /** Name of an entry of {@link ApiModel#schemas}; when set, no other field is meaningful. */
  public String ref;
  /** {@code string}, {@code integer}, {@code number}, {@code boolean}, {@code object}, {@code array} or null (any). */
  public String type;
  /** Object members by JSON name, in spec order. */
  public final Map<String, Schema> properties = new LinkedHashMap<>();
  /** Names of required members. */
  public final List<String> required = new ArrayList<>();
  /** Array element schema. */
  public Schema items;
  /** Exactly-one-of alternatives. */
  public final List<Schema> oneOf = new ArrayList<>();
  /**
   * Several independent exactly-one groups (each checked on its own; registry {@code allOf} of
   * {@code oneOf} parts), used instead of {@link #oneOf} when a schema has more than one group. Each
   * option names only its {@code required} keys; the members themselves are {@link #properties}.
   */
  public final List<List<Schema>> oneOfGroups = new ArrayList<>();
  /** Allowed values. */
  public final List<Object> enumValues = new ArrayList<>();
  /** Minimum string length. */
  public Integer minLength;
  /** Maximum string length. */
  public Integer maxLength;
  /** Java regex (translated by the normalize stage). */
  public String pattern;
  /** Format hint, e.g. {@code password}. */
  public String format;
  /** Inclusive numeric minimum. */
  public BigDecimal minimum;
  /** Inclusive numeric maximum. */
  public BigDecimal maximum;
  /** Minimum array length. */
  public Integer minItems;
  /** Maximum array length. */
  public Integer maxItems;
  /** Whether array items must be distinct. */
  public Boolean uniqueItems;
  /** Set by the server; stripped from request bodies. */
  public boolean readOnly;
  /** Holds a secret: never echoed, redacted by {@code toString}. */
  public boolean secret;
  /** Documented default value. */
  public Object defaultValue;
  /** Spec description. */
  public String description;
  /** Spec title. */
  public String title;
  /** Java simple name of the type emitted for this inline object or enum (generator-only). */
  public String javaName;

  /** A reference to a named schema. */
  public static Schema ref(String name) {
    Schema s = new Schema();
    s.ref = Objects.requireNonNull(name);
    return s;
  }

  /** A schema of one type. */
  public static Schema ofType(String type) {
    Schema s = new Schema();
    s.type = type;
    return s;
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

  /** A deep copy. */
  public Schema copy() {
    Schema c = new Schema();
    c.ref = ref;
    c.type = type;
    properties.forEach((k, v) -> c.properties.put(k, v.copy()));
    c.required.addAll(required);
    c.items = items == null ? null : items.copy();
    oneOf.forEach(o -> c.oneOf.add(o.copy()));
    oneOfGroups.forEach(g -> c.oneOfGroups.add(new ArrayList<>(g.stream().map(Schema::copy).toList())));
    c.enumValues.addAll(enumValues);
    c.minLength = minLength;
    c.maxLength = maxLength;
    c.pattern = pattern;
    c.format = format;
    c.minimum = minimum;
    c.maximum = maximum;
    c.minItems = minItems;
    c.maxItems = maxItems;
    c.uniqueItems = uniqueItems;
    c.readOnly = readOnly;
    c.secret = secret;
    c.defaultValue = defaultValue;
    c.description = description;
    c.title = title;
    c.javaName = javaName;
    return c;
  }

  /**
   * The immutable node with the same members, its children frozen too. A node reached twice (a
   * shared subtree) is frozen once: {@code done} maps each draft node already frozen to its result.
   */
  public io.sasekit.codegen.model.Schema freeze(Map<Schema, io.sasekit.codegen.model.Schema> done) {
    io.sasekit.codegen.model.Schema frozen = done.get(this);
    if (frozen != null) {
      return frozen;
    }
    io.sasekit.codegen.model.Schema.Builder b = io.sasekit.codegen.model.Schema.builder()
        .ref(ref).type(type).required(required).items(freeze(items, done))
        .oneOf(oneOf.stream().map(o -> o.freeze(done)).toList()).enumValues(enumValues)
        .minLength(minLength).maxLength(maxLength).pattern(pattern).format(format)
        .minimum(minimum).maximum(maximum).minItems(minItems).maxItems(maxItems).uniqueItems(uniqueItems)
        .readOnly(readOnly).secret(secret).defaultValue(defaultValue)
        .description(description).title(title).javaName(javaName);
    properties.forEach((k, v) -> b.property(k, freeze(v, done)));
    oneOfGroups.forEach(g -> b.oneOfGroup(g.stream().map(o -> o.freeze(done)).toList()));
    frozen = b.build();
    done.put(this, frozen);
    return frozen;
  }

  /** {@link #freeze(Map)} of a node that may be null. */
  public static io.sasekit.codegen.model.Schema freeze(Schema s, Map<Schema, io.sasekit.codegen.model.Schema> done) {
    return s == null ? null : s.freeze(done);
  }

  @Override
  public String toString() {
    return ref != null ? "$ref:" + ref : "Schema{" + type + (properties.isEmpty() ? "" : " " + properties.keySet()) + "}";
  }
}
