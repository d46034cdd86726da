package io.sasekit.codegen.normalize;

import io.sasekit.codegen.normalize.draft.Schema;
import io.sasekit.codegen.parse.SpecParser;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Converts Swagger Parser schemas of one file into our {@link Schema}. Local component references
 * become placeholder references {@code <file>#<name>} (renamed to global names later by
 * {@link SharedComponents}); {@code allOf} is merged ({@link AllOfMerge}); {@code anyOf} becomes
 * a lenient merged object ({@link AnyOfMerge}: the registry format has no anyOf); a scalar with a
 * stray {@code items} keeps its type ({@link ScalarWithStrayItems}).
 */
public final class SchemaConverter {
  private static final String COMPONENT_PREFIX = "#/components/schemas/";

  private final String file;
  private final Map<String, io.swagger.v3.oas.models.media.Schema> components;
  private final NoteSink notes;

  /** Receives rule notes. */
  @FunctionalInterface
  public interface NoteSink {
    /** Records one note. */
    void note(String rule, String where, String detail);
  }

  /**
   * @param file placeholder prefix for references, normally the spec path
   * @param components the file's component schemas (for dereferencing inside allOf)
   * @param notes where notes go
   */
  public SchemaConverter(String file, Map<String, io.swagger.v3.oas.models.media.Schema> components, NoteSink notes) {
    this.file = file;
    this.components = components == null ? Map.of() : components;
    this.notes = notes;
  }

  /** The placeholder reference name for a local component. */
  public static String placeholder(String file, String component) {
    return file + "#" + component;
  }

  /** Converts one schema; {@code where} is used in notes. */
  public Schema convert(io.swagger.v3.oas.models.media.Schema<?> in, String where) {
    if (in == null) {
      return new Schema();
    }
    if (in.get$ref() != null) {
      return Schema.ref(placeholder(file, componentName(in.get$ref(), where)));
    }
    Schema s = new Schema();
    s.type = in.getType();
    if (s.type == null && in.getTypes() != null && !in.getTypes().isEmpty()) {
      s.type = in.getTypes().iterator().next();
    }
    s.description = in.getDescription();
    s.title = in.getTitle();
    s.format = in.getFormat();
    s.pattern = in.getPattern();
    s.minLength = in.getMinLength();
    s.maxLength = in.getMaxLength();
    s.minimum = in.getMinimum();
    s.maximum = in.getMaximum();
    s.minItems = in.getMinItems();
    s.maxItems = in.getMaxItems();
    s.uniqueItems = in.getUniqueItems();
    s.readOnly = Boolean.TRUE.equals(in.getReadOnly());
    s.defaultValue = plain(in.getDefault());
    if (in.getEnum() != null) {
      for (Object v : in.getEnum()) {
        s.enumValues.add(plain(v));
      }
    }
    if (in.getProperties() != null) {
      for (Map.Entry<String, io.swagger.v3.oas.models.media.Schema> e : in.getProperties().entrySet()) {
        s.properties.put(e.getKey(), convert(e.getValue(), where + "." + e.getKey()));
      }
    }
    if (in.getRequired() != null) {
      s.required.addAll(in.getRequired());
    }
    if (in.getItems() != null) {
      s.items = convert(in.getItems(), where + "[]");
    }
    if (in.getExtensions() != null && in.getExtensions().get(SpecParser.DECLARED_TYPE) instanceof String declared) {
      ScalarWithStrayItems.repair(s, declared, where, notes);
    }
    if (in.getOneOf() != null) {
      int i = 0;
      for (io.swagger.v3.oas.models.media.Schema<?> o : in.getOneOf()) {
        s.oneOf.add(convert(o, where + ".oneOf[" + i++ + "]"));
      }
    }
    if (in.getAnyOf() != null && !in.getAnyOf().isEmpty()) {
      List<Schema> parts = new ArrayList<>();
      int i = 0;
      for (io.swagger.v3.oas.models.media.Schema<?> o : in.getAnyOf()) {
        parts.add(convert(o, where + ".anyOf[" + i++ + "]"));
      }
      s = AnyOfMerge.merge(s, parts, this::deref, where, notes);
    }
    if (in.getAllOf() != null && !in.getAllOf().isEmpty()) {
      List<Schema> parts = new ArrayList<>();
      int i = 0;
      for (io.swagger.v3.oas.models.media.Schema<?> o : in.getAllOf()) {
        parts.add(convert(o, where + ".allOf[" + i++ + "]"));
      }
      if (parts.size() > 1 || parts.get(0).isRef()) {
        notes.note(AllOfMerge.RULE, where, "allOf of " + parts.size() + " part(s) merged");
      }
      s = AllOfMerge.merge(s, parts, this::deref, where, notes);
    }
    return s;
  }

  /** A converted copy of a referenced local component, or null. */
  private Schema deref(String placeholderRef) {
    String prefix = file + "#";
    if (!placeholderRef.startsWith(prefix)) {
      return null;
    }
    io.swagger.v3.oas.models.media.Schema<?> target = components.get(placeholderRef.substring(prefix.length()));
    return target == null ? null : convert(target, placeholderRef);
  }

  private String componentName(String ref, String where) {
    if (!ref.startsWith(COMPONENT_PREFIX)) {
      throw new IllegalArgumentException(file + " " + where + ": only local component references are supported, got " + ref);
    }
    return ref.substring(COMPONENT_PREFIX.length());
  }

  private static Object plain(Object v) {
    if (v == null) {
      return null;
    }
    if (v instanceof BigDecimal || v instanceof Number || v instanceof String || v instanceof Boolean) {
      return v;
    }
    if (v instanceof java.util.Date || v instanceof java.time.temporal.Temporal || v instanceof java.util.UUID) {
      return v.toString();
    }
    if (v instanceof com.fasterxml.jackson.databind.JsonNode node) {
      return new com.fasterxml.jackson.databind.ObjectMapper().convertValue(node, Object.class);
    }
    return v instanceof List || v instanceof Map ? v : v.toString();
  }
}
