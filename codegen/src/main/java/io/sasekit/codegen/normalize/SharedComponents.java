package io.sasekit.codegen.normalize;

import io.sasekit.codegen.normalize.draft.ApiModel;
import io.sasekit.codegen.normalize.draft.Schema;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Rule: identical component schemas across files become one shared type. Components are compared by
 * structure (references expanded), so the 68 copies of {@code generic_error} become one
 * {@code GenericError}. Components that are not objects (array or scalar aliases such as
 * {@code error_detail_cause_infos}) are inlined where referenced. A name used by two different
 * structures is disambiguated with the file's name.
 */
public final class SharedComponents {
  /** Rule name used in notes. */
  @NotASpecRepair public static final String RULE = "SharedComponentDedupe";
  /** Rule name for inlined aliases. */
  @NotASpecRepair public static final String ALIAS_RULE = "ComponentAliasInlined";

  private final Map<String, Schema> byPlaceholder = new LinkedHashMap<>();
  private final Map<String, String> globalName = new HashMap<>();
  private final Set<String> aliases = new HashSet<>();

  /**
   * Registers the components of one file.
   *
   * @param file the placeholder prefix used by {@link SchemaConverter}
   * @param components converted component schemas by component name
   */
  public void add(String file, Map<String, Schema> components) {
    components.forEach((name, schema) -> byPlaceholder.put(SchemaConverter.placeholder(file, name), schema));
  }

  /**
   * Decides shared names and fills {@code model.schemas} with one schema per distinct object
   * component, references already rewritten to global names.
   */
  public void resolve(ApiModel model, Customization custom, NamingStrategy naming) {
    Map<String, List<String>> groups = new LinkedHashMap<>();
    for (Map.Entry<String, Schema> e : byPlaceholder.entrySet()) {
      Schema s = e.getValue();
      if (!s.isStructuredObject()) {
        aliases.add(e.getKey());
        continue;
      }
      groups.computeIfAbsent(canonical(s, new HashSet<>()), k -> new ArrayList<>()).add(e.getKey());
    }
    Map<String, String> nameOwner = new HashMap<>();
    for (List<String> members : groups.values()) {
      String first = members.get(0);
      String name = customName(members, custom);
      if (name == null) {
        name = naming.typeName(componentName(first));
        if (nameOwner.containsKey(name)) {
          name = naming.typeName(fileStem(first)) + name;
        }
      }
      if (nameOwner.containsKey(name)) {
        throw new IllegalStateException(
            "two different component schemas get the model name " + name + ": " + nameOwner.get(name) + " and " + first
                + " (give one a name in the customization file's modelNames)");
      }
      nameOwner.put(name, first);
      for (String m : members) {
        globalName.put(m, name);
      }
      if (members.size() > 1) {
        model.note(RULE, componentName(first), members.size() + " identical copies merged into " + name);
      }
    }
    for (String a : aliases) {
      model.note(ALIAS_RULE, a, "non-object component inlined where referenced");
    }
    for (List<String> members : groups.values()) {
      String first = members.get(0);
      Schema s = byPlaceholder.get(first).copy();
      rewrite(s);
      model.schemas.put(globalName.get(first), s);
    }
  }

  /** The global name for a placeholder reference, or null for an alias. */
  public String globalName(String placeholder) {
    return globalName.get(placeholder);
  }

  /** Rewrites placeholder references inside {@code s} in place: global names, aliases inlined. */
  public void rewrite(Schema s) {
    if (s == null) {
      return;
    }
    s.properties.replaceAll((k, v) -> replaced(v));
    s.items = s.items == null ? null : replaced(s.items);
    s.oneOf.replaceAll(this::replaced);
    s.properties.values().forEach(this::rewrite);
    rewrite(s.items);
    s.oneOf.forEach(this::rewrite);
  }

  /** The schema to use instead of {@code s} at a reference site (itself when not a reference). */
  public Schema replaced(Schema s) {
    if (s == null || !s.isRef()) {
      return s;
    }
    if (aliases.contains(s.ref)) {
      Schema target = byPlaceholder.get(s.ref).copy();
      rewrite(target);
      return replaced(target);
    }
    String g = globalName.get(s.ref);
    if (g == null) {
      if (modelKnows(s.ref)) {
        return s;
      }
      throw new IllegalStateException("reference to an unknown component: " + s.ref);
    }
    return Schema.ref(g);
  }

  private boolean modelKnows(String ref) {
    return globalName.containsValue(ref);
  }

  private String customName(List<String> members, Customization custom) {
    for (String m : members) {
      String byFile = custom.modelNames.get(fileName(m) + "#" + componentName(m));
      if (byFile != null) {
        return byFile;
      }
    }
    return custom.modelNames.get(componentName(members.get(0)));
  }

  private static String componentName(String placeholder) {
    return placeholder.substring(placeholder.indexOf('#') + 1);
  }

  private static String fileName(String placeholder) {
    String f = placeholder.substring(0, placeholder.indexOf('#'));
    return f.substring(f.lastIndexOf('/') + 1);
  }

  private static String fileStem(String placeholder) {
    String f = fileName(placeholder);
    int dot = f.indexOf('.');
    return dot < 0 ? f : f.substring(0, dot);
  }

  /** A canonical text of the schema with references expanded (cycles cut), for structural equality. */
  String canonical(Schema s, Set<String> expanding) {
    StringBuilder sb = new StringBuilder();
    write(s, sb, expanding);
    return sb.toString();
  }

  /**
   * Writes a schema's own facets (everything but members, items and options) in a fixed order, as
   * {@code name=value;} pairs: the shared part of every structural fingerprint.
   */
  static void writeFacets(Schema s, StringBuilder sb) {
    Map<String, Object> facets = new TreeMap<>();
    facets.put("type", s.type);
    facets.put("minLength", s.minLength);
    facets.put("maxLength", s.maxLength);
    facets.put("pattern", s.pattern);
    facets.put("format", s.format);
    facets.put("minimum", s.minimum == null ? null : s.minimum.stripTrailingZeros().toPlainString());
    facets.put("maximum", s.maximum == null ? null : s.maximum.stripTrailingZeros().toPlainString());
    facets.put("minItems", s.minItems);
    facets.put("maxItems", s.maxItems);
    facets.put("uniqueItems", s.uniqueItems);
    facets.put("readOnly", s.readOnly);
    facets.put("default", s.defaultValue);
    facets.put("description", s.description);
    facets.put("title", s.title);
    facets.put("enum", s.enumValues.isEmpty() ? null : s.enumValues);
    facets.put("required", s.required.isEmpty() ? null : s.required);
    facets.forEach((k, v) -> {
      if (v != null) {
        sb.append(k).append('=').append(v).append(';');
      }
    });
  }

  private void write(Schema s, StringBuilder sb, Set<String> expanding) {
    if (s == null) {
      sb.append("null");
      return;
    }
    if (s.isRef()) {
      Schema target = byPlaceholder.get(s.ref);
      if (target == null || !expanding.add(s.ref)) {
        sb.append("{$ref:").append(s.ref.substring(s.ref.indexOf('#') + 1)).append('}');
        return;
      }
      write(target, sb, expanding);
      expanding.remove(s.ref);
      return;
    }
    sb.append('{');
    SharedComponents.writeFacets(s, sb);
    if (!s.properties.isEmpty()) {
      sb.append("properties={");
      for (Map.Entry<String, Schema> e : new TreeMap<>(s.properties).entrySet()) {
        sb.append(e.getKey()).append(':');
        write(e.getValue(), sb, expanding);
        sb.append(',');
      }
      sb.append("};");
    }
    if (s.items != null) {
      sb.append("items=");
      write(s.items, sb, expanding);
      sb.append(';');
    }
    if (!s.oneOf.isEmpty()) {
      sb.append("oneOf=[");
      for (Schema o : s.oneOf) {
        write(o, sb, expanding);
        sb.append(',');
      }
      sb.append("];");
    }
    for (List<Schema> group : s.oneOfGroups) {
      sb.append("oneOfGroup=[");
      for (Schema o : group) {
        write(o, sb, expanding);
        sb.append(',');
      }
      sb.append("];");
    }
    sb.append('}');
  }
}
