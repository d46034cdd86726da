package io.sasekit.core.schema;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The constraints of one value, as compiled by the generator into the operation registry (see
 * {@code docs/registry-format.md}). Immutable. A schema that is a reference ({@code $ref}) resolves
 * through {@link #resolve()} to the named schema of the same registry.
 */
public final class SchemaSpec {
  private final String ref;
  private final Map<String, SchemaSpec> definitions;
  private final SchemaType type;
  private final Map<String, SchemaSpec> properties;
  private final Set<String> required;
  private final SchemaSpec items;
  private final List<SchemaSpec> oneOf;
  private final List<SchemaSpec> allOf;
  private final List<JsonNode> enumValues;
  private final Integer minLength;
  private final Integer maxLength;
  private final Pattern pattern;
  private final String format;
  private final BigDecimal minimum;
  private final BigDecimal maximum;
  private final Integer minItems;
  private final Integer maxItems;
  private final boolean uniqueItems;
  private final boolean readOnly;
  private final boolean secret;
  private final String description;

  private SchemaSpec(JsonNode node, Map<String, SchemaSpec> definitions) {
    this.definitions = definitions;
    this.ref = text(node, "$ref");
    this.type = SchemaType.fromName(text(node, "type"));
    Map<String, SchemaSpec> props = new LinkedHashMap<>();
    JsonNode p = node.get("properties");
    if (p != null && p.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = p.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        props.put(e.getKey(), new SchemaSpec(e.getValue(), definitions));
      }
    }
    this.properties = Collections.unmodifiableMap(props);
    Set<String> req = new LinkedHashSet<>();
    JsonNode r = node.get("required");
    if (r != null && r.isArray()) {
      r.forEach(n -> req.add(n.asText()));
    }
    this.required = Collections.unmodifiableSet(req);
    JsonNode i = node.get("items");
    this.items = i == null ? null : new SchemaSpec(i, definitions);
    List<SchemaSpec> one = new ArrayList<>();
    JsonNode o = node.get("oneOf");
    if (o != null && o.isArray()) {
      o.forEach(n -> one.add(new SchemaSpec(n, definitions)));
    }
    this.oneOf = Collections.unmodifiableList(one);
    List<SchemaSpec> all = new ArrayList<>();
    JsonNode a = node.get("allOf");
    if (a != null && a.isArray()) {
      a.forEach(n -> all.add(new SchemaSpec(n, definitions)));
    }
    this.allOf = Collections.unmodifiableList(all);
    List<JsonNode> en = new ArrayList<>();
    JsonNode e = node.get("enum");
    if (e != null && e.isArray()) {
      e.forEach(en::add);
    }
    this.enumValues = Collections.unmodifiableList(en);
    this.minLength = intOrNull(node, "minLength");
    this.maxLength = intOrNull(node, "maxLength");
    String pat = text(node, "pattern");
    this.pattern = pat == null ? null : Pattern.compile(pat);
    this.format = text(node, "format");
    this.minimum = node.hasNonNull("minimum") ? node.get("minimum").decimalValue() : null;
    this.maximum = node.hasNonNull("maximum") ? node.get("maximum").decimalValue() : null;
    this.minItems = intOrNull(node, "minItems");
    this.maxItems = intOrNull(node, "maxItems");
    this.uniqueItems = node.path("uniqueItems").asBoolean(false);
    this.readOnly = node.path("readOnly").asBoolean(false);
    this.secret = node.path("secret").asBoolean(false);
    this.description = text(node, "description");
  }

  /**
   * Reads the {@code schemas} section of a registry document: every named schema, with references
   * resolved within the returned map.
   */
  public static Map<String, SchemaSpec> parseDefinitions(JsonNode schemas) {
    Map<String, SchemaSpec> defs = new LinkedHashMap<>();
    if (schemas != null && schemas.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = schemas.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        defs.put(e.getKey(), new SchemaSpec(e.getValue(), defs));
      }
    }
    return Collections.unmodifiableMap(defs);
  }

  /**
   * The {@code schemas} section of a registry document as a map that parses each named schema when
   * it is first looked up (then keeps it): the same contents as {@link #parseDefinitions}, without
   * parsing the schemas a program never uses. Unmodifiable and thread-safe.
   */
  public static Map<String, SchemaSpec> lazyDefinitions(JsonNode schemas) {
    return new LazyDefinitions(schemas != null && schemas.isObject() ? schemas : null);
  }

  /** Named schemas parsed on first lookup; see {@link #lazyDefinitions}. */
  private static final class LazyDefinitions extends java.util.AbstractMap<String, SchemaSpec> {
    private final JsonNode source; // an object, or null when there are none
    private final Map<String, SchemaSpec> parsed = new java.util.concurrent.ConcurrentHashMap<>();

    LazyDefinitions(JsonNode source) {
      this.source = source;
    }

    @Override
    public SchemaSpec get(Object key) {
      if (!(key instanceof String) || source == null) {
        return null;
      }
      SchemaSpec s = parsed.get(key);
      if (s != null) {
        return s;
      }
      JsonNode node = source.get((String) key);
      // parsing a schema never looks another one up, so this never recurses into the map
      return node == null ? null : parsed.computeIfAbsent((String) key, k -> new SchemaSpec(node, this));
    }

    @Override
    public boolean containsKey(Object key) {
      return key instanceof String && source != null && source.has((String) key);
    }

    @Override
    public int size() {
      return source == null ? 0 : source.size();
    }

    @Override
    public Set<Map.Entry<String, SchemaSpec>> entrySet() {
      return new java.util.AbstractSet<>() {
        @Override
        public Iterator<Map.Entry<String, SchemaSpec>> iterator() {
          Iterator<String> names = source == null ? java.util.Collections.emptyIterator() : source.fieldNames();
          return new Iterator<>() {
            @Override
            public boolean hasNext() {
              return names.hasNext();
            }

            @Override
            public Map.Entry<String, SchemaSpec> next() {
              String name = names.next();
              return new java.util.AbstractMap.SimpleImmutableEntry<>(name, get(name));
            }
          };
        }

        @Override
        public int size() {
          return LazyDefinitions.this.size();
        }
      };
    }
  }

  /** Reads one schema object whose references point into {@code definitions}. */
  public static SchemaSpec parse(JsonNode node, Map<String, SchemaSpec> definitions) {
    return new SchemaSpec(node, definitions);
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static Integer intOrNull(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asInt();
  }

  /** This schema, or the named schema it refers to (followed transitively). */
  public SchemaSpec resolve() {
    SchemaSpec s = this;
    int guard = 0;
    while (s.ref != null) {
      SchemaSpec target = s.definitions.get(s.ref);
      if (target == null) {
        throw new IllegalStateException("registry schema reference not found: " + s.ref);
      }
      s = target;
      if (++guard > 64) {
        throw new IllegalStateException("registry schema reference cycle at: " + ref);
      }
    }
    return s;
  }

  /** The referenced schema name, if this schema is a reference. */
  public Optional<String> ref() {
    return Optional.ofNullable(ref);
  }

  /** The admitted JSON type. */
  public SchemaType type() {
    return type;
  }

  /** Object members by JSON name, in spec order. */
  public Map<String, SchemaSpec> properties() {
    return properties;
  }

  /** JSON names of the members that must be present. */
  public Set<String> required() {
    return required;
  }

  /** Element schema of an array, if any. */
  public Optional<SchemaSpec> items() {
    return Optional.ofNullable(items);
  }

  /** Alternatives of which exactly one must match; empty when none. */
  public List<SchemaSpec> oneOf() {
    return oneOf;
  }

  /**
   * Parts that must all match as well; empty when none. The generator writes it only to hold
   * independent exactly-one groups, each part a {@code oneOf} (e.g. an SCM address: one of its
   * types, and one of folder, snippet, device).
   */
  public List<SchemaSpec> allOf() {
    return allOf;
  }

  /** Allowed values; empty when unconstrained. */
  public List<JsonNode> enumValues() {
    return enumValues;
  }

  /** Minimum string length. */
  public Optional<Integer> minLength() {
    return Optional.ofNullable(minLength);
  }

  /** Maximum string length. */
  public Optional<Integer> maxLength() {
    return Optional.ofNullable(maxLength);
  }

  /** The Java regex a string must match (searched with {@link java.util.regex.Matcher#find()}). */
  public Optional<Pattern> pattern() {
    return Optional.ofNullable(pattern);
  }

  /** The spec's {@code format}, e.g. {@code uuid} or {@code password}. */
  public Optional<String> format() {
    return Optional.ofNullable(format);
  }

  /** Inclusive lower bound of a number. */
  public Optional<BigDecimal> minimum() {
    return Optional.ofNullable(minimum);
  }

  /** Inclusive upper bound of a number. */
  public Optional<BigDecimal> maximum() {
    return Optional.ofNullable(maximum);
  }

  /** Minimum number of array elements. */
  public Optional<Integer> minItems() {
    return Optional.ofNullable(minItems);
  }

  /** Maximum number of array elements. */
  public Optional<Integer> maxItems() {
    return Optional.ofNullable(maxItems);
  }

  /** Whether array elements must be distinct. */
  public boolean uniqueItems() {
    return uniqueItems;
  }

  /** Whether the value is only read from responses (stripped from request bodies). */
  public boolean readOnly() {
    return readOnly;
  }

  /** Whether the value is a secret that no message may echo. */
  public boolean secret() {
    return secret;
  }

  /** The spec's description, if any. */
  public Optional<String> description() {
    return Optional.ofNullable(description);
  }

  @Override
  public String toString() {
    return ref != null ? "SchemaSpec{$ref=" + ref + "}" : "SchemaSpec{type=" + type + "}";
  }
}
