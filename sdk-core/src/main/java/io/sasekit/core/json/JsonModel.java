package io.sasekit.core.json;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializable;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The generic part of every generated model, written once: the values by JSON member name, the
 * members this SDK version does not know ({@link #additionalProperties()}, kept and sent back
 * unchanged), {@code equals}, {@code hashCode} and a {@code toString} that prints secret members as
 * {@code ***} and unknown members by name only.
 *
 * <p>A generated model adds only what is specific to it: one typed getter per member (optional
 * members as {@link Optional}, lists never null) and a {@link Builder} with one typed setter per
 * member. Instances are immutable: lists are copied into unmodifiable lists when built.
 *
 * <p>The JSON form is the known members followed by the unknown ones, in the order they were set
 * (for a model read from JSON: the order of the JSON document). An absent member is left out.
 *
 * <p>Storage: the values sit in an array indexed by a per-class table of member names (filled as
 * the generated setters name them, shared by every instance), with the order of setting beside it;
 * unknown members alone use a map. A builder hands its arrays to the model it builds and copies
 * them only if it is changed afterwards, so reading a model from JSON allocates no map.
 */
@JsonAutoDetect(
    getterVisibility = JsonAutoDetect.Visibility.NONE,
    isGetterVisibility = JsonAutoDetect.Visibility.NONE,
    setterVisibility = JsonAutoDetect.Visibility.NONE,
    fieldVisibility = JsonAutoDetect.Visibility.NONE)
public abstract class JsonModel implements JsonSerializable {
  private static final ClassValue<Members> TABLES = new ClassValue<>() {
    @Override
    protected Members computeValue(Class<?> type) {
      return new Members();
    }
  };
  private static final Object[] NO_VALUES = new Object[0];

  static {
    io.sasekit.core.internal.ModelAccess.install((model, json) -> model.member(json));
  }
  private static final char[] NO_ORDER = new char[0];

  private final Members table;
  /** Values by slot of {@link #table}; {@code null} = absent; lists are unmodifiable. */
  private final Object[] values;
  /** The slots set, in the order they were set ({@link #count} of them). */
  private final char[] order;
  private final int count;
  private final Map<String, Object> additionalProperties;
  private final String[] secrets;

  /**
   * Takes the builder's values (the builder copies them if it is changed afterwards).
   *
   * @param builder the builder holding the values
   * @param secrets JSON names of the members {@code toString} redacts
   */
  protected JsonModel(Builder<?, ?> builder, String... secrets) {
    builder.shared = true;
    this.table = builder.table;
    this.order = builder.order;
    this.count = builder.count;
    Object[] v = builder.values;
    for (int i = 0; i < count; i++) {
      if (v[order[i]] instanceof List<?>) {
        v = v.clone();
        for (int j = i; j < count; j++) {
          if (v[order[j]] instanceof List<?> list) {
            v[order[j]] = Collections.unmodifiableList(list);
          }
        }
        break;
      }
    }
    this.values = v;
    this.additionalProperties = builder.additionalProperties == null || builder.additionalProperties.isEmpty()
        ? Map.of()
        : Collections.unmodifiableMap(builder.additionalProperties);
    this.secrets = secrets;
  }

  /**
   * The value of a member, or {@code null} when absent.
   *
   * @param json the JSON member name
   * @param <T> the member's Java type
   * @return the value or {@code null}
   */
  @SuppressWarnings("unchecked")
  protected final <T> T member(String json) {
    int slot = table.slotOf(json);
    return slot < 0 || slot >= values.length ? null : (T) values[slot];
  }

  /**
   * The value of an optional member.
   *
   * @param json the JSON member name
   * @param <T> the member's Java type
   * @return the value, or empty when absent
   */
  protected final <T> Optional<T> optionalMember(String json) {
    return Optional.ofNullable(member(json));
  }

  /**
   * The elements of a list member.
   *
   * @param json the JSON member name
   * @param <T> the element type
   * @return the unmodifiable elements, empty when absent (never null)
   */
  protected final <T> List<T> listMember(String json) {
    List<T> list = member(json);
    return list == null ? List.of() : list;
  }

  /**
   * Fills a new builder with this model's values (unknown members included): the body of a
   * generated {@code toBuilder()}.
   *
   * @param builder an empty builder of this model's type
   * @param <B> the builder type
   * @return the builder
   */
  protected final <B extends Builder<?, B>> B copyInto(B builder) {
    Builder<?, ?> target = builder;
    String[] names = table.names();
    for (int i = 0; i < count; i++) {
      Object value = values[order[i]];
      target.setMember(names[order[i]], value);
    }
    if (!additionalProperties.isEmpty()) {
      additionalProperties.forEach(target::putAdditionalProperty);
    }
    return builder;
  }

  /**
   * Members the service sent that this SDK version does not know (never null).
   *
   * @return an unmodifiable map by JSON name
   */
  public final Map<String, Object> additionalProperties() {
    return additionalProperties;
  }

  /**
   * Writes the JSON object this model stands for ({@link #toJson()}) straight to {@code gen},
   * without building the map.
   *
   * @param gen where to write
   * @param provider the serializers of the values
   * @throws IOException when writing fails
   */
  @Override
  public final void serialize(JsonGenerator gen, SerializerProvider provider) throws IOException {
    gen.writeStartObject(this);
    String[] names = table.names();
    for (int i = 0; i < count; i++) {
      gen.writeFieldName(names[order[i]]);
      provider.defaultSerializeValue(values[order[i]], gen);
    }
    for (Map.Entry<String, Object> e : additionalProperties.entrySet()) {
      if (member(e.getKey()) == null) { // an unknown member never hides a known one
        gen.writeFieldName(e.getKey());
        provider.defaultSerializeValue(e.getValue(), gen);
      }
    }
    gen.writeEndObject();
  }

  /**
   * As {@link #serialize}: models carry no type id.
   *
   * @param gen where to write
   * @param provider the serializers of the values
   * @param typeSer not used
   * @throws IOException when writing fails
   */
  @Override
  public final void serializeWithType(JsonGenerator gen, SerializerProvider provider, TypeSerializer typeSer)
      throws IOException {
    serialize(gen, provider);
  }

  /**
   * The JSON object this model stands for: the known members, then the unknown ones (what
   * {@link #serialize} writes).
   *
   * @return a new map by JSON name (absent members left out)
   */
  protected final Map<String, Object> toJson() {
    Map<String, Object> json = new LinkedHashMap<>();
    String[] names = table.names();
    for (int i = 0; i < count; i++) {
      json.put(names[order[i]], values[order[i]]);
    }
    additionalProperties.forEach(json::putIfAbsent);
    return json;
  }

  private Object slot(int i) {
    return i < values.length ? values[i] : null;
  }

  @Override
  public final boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || o.getClass() != getClass()) {
      return false;
    }
    JsonModel that = (JsonModel) o;
    if (count != that.count || table != that.table) {
      return false;
    }
    for (int i = 0; i < count; i++) {
      int s = order[i];
      if (!values[s].equals(that.slot(s))) {
        return false;
      }
    }
    return additionalProperties.equals(that.additionalProperties);
  }

  @Override
  public final int hashCode() {
    String[] names = table.names();
    int known = 0; // as a Map of the known members would hash
    for (int i = 0; i < count; i++) {
      known += names[order[i]].hashCode() ^ values[order[i]].hashCode();
    }
    return Objects.hash(getClass(), known, additionalProperties);
  }

  /** A readable form; secret members print as {@code ***} and unknown members by name only. */
  @Override
  public final String toString() {
    StringBuilder sb = new StringBuilder(getClass().getSimpleName()).append('{');
    String sep = "";
    String[] names = table.names();
    for (int i = 0; i < count; i++) {
      String name = names[order[i]];
      sb.append(sep).append(name).append('=').append(isSecret(name) ? "***" : values[order[i]]);
      sep = ", ";
    }
    if (!additionalProperties.isEmpty()) {
      sb.append(sep).append("additionalProperties=").append(additionalProperties.keySet());
    }
    return sb.append('}').toString();
  }

  private boolean isSecret(String name) {
    for (String s : secrets) {
      if (s.equals(name)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The member names of one builder class, each given a slot the first time a setter names it;
   * append-only and shared by all instances (the generated setters name a fixed set).
   */
  private static final class Members {
    private volatile Map<String, Integer> slots = Map.of();
    private volatile String[] names = new String[0];

    int slotOf(String json) {
      Integer slot = slots.get(json);
      return slot == null ? -1 : slot;
    }

    int slotFor(String json) {
      Integer slot = slots.get(json);
      return slot != null ? slot : add(json);
    }

    private synchronized int add(String json) {
      Integer slot = slots.get(json);
      if (slot != null) {
        return slot;
      }
      String[] n = Arrays.copyOf(names, names.length + 1);
      n[names.length] = json;
      Map<String, Integer> s = new HashMap<>(slots);
      s.put(json, names.length);
      names = n; // before slots: a slot seen is always named
      slots = Map.copyOf(s);
      return n.length - 1;
    }

    String[] names() {
      return names;
    }
  }

  /**
   * The generic part of every generated model builder: values by JSON member name and unknown
   * members. Not thread-safe. {@code build()} checks nothing: the SDK validates a request against
   * the API's constraints before sending it.
   *
   * @param <M> the model type
   * @param <B> the concrete builder type
   */
  @JsonAutoDetect(
      getterVisibility = JsonAutoDetect.Visibility.NONE,
      isGetterVisibility = JsonAutoDetect.Visibility.NONE,
      setterVisibility = JsonAutoDetect.Visibility.NONE,
      fieldVisibility = JsonAutoDetect.Visibility.NONE)
  public abstract static class Builder<M extends JsonModel, B extends Builder<M, B>> {
    private final Members table = TABLES.get(getClass());
    private Object[] values = NO_VALUES;
    private char[] order = NO_ORDER;
    private int count;
    private LinkedHashMap<String, Object> additionalProperties;
    /** A model holds this builder's arrays: copy them before the next change. */
    private boolean shared;

    /** An empty builder. */
    protected Builder() {}

    @SuppressWarnings("unchecked")
    private B self() {
      return (B) this;
    }

    private void own() {
      if (shared) {
        shared = false;
        Object[] v = values.clone();
        for (int i = 0; i < count; i++) {
          if (v[order[i]] instanceof List<?> list) {
            v[order[i]] = new ArrayList<>(list);
          }
        }
        values = v;
        order = order.clone();
        if (additionalProperties != null) {
          additionalProperties = new LinkedHashMap<>(additionalProperties);
        }
      }
    }

    private int slotFor(String json) {
      int slot = table.slotFor(json);
      if (slot >= values.length) {
        values = Arrays.copyOf(values, Math.max(slot + 1, table.names().length));
      }
      return slot;
    }

    private void put(int slot, Object value) {
      if (values[slot] == null) {
        if (count == order.length) {
          order = Arrays.copyOf(order, Math.max(4, Math.max(count * 2, values.length)));
        }
        order[count++] = (char) slot;
      }
      values[slot] = value;
    }

    /**
     * Sets a member; {@code null} leaves it out. A list is copied.
     *
     * @param json the JSON member name
     * @param value the value
     * @return this builder
     */
    protected final B setMember(String json, Object value) {
      own();
      int slot = slotFor(json);
      if (value == null) {
        if (values[slot] != null) {
          values[slot] = null;
          int at = 0;
          while (order[at] != slot) {
            at++;
          }
          System.arraycopy(order, at + 1, order, at, count - at - 1);
          count--;
        }
      } else {
        put(slot, value instanceof List<?> list ? new ArrayList<>(list) : value);
      }
      return self();
    }

    /**
     * Appends one element to a list member.
     *
     * @param json the JSON member name
     * @param element the element to append
     * @return this builder
     */
    @SuppressWarnings("unchecked")
    protected final B addElement(String json, Object element) {
      own();
      int slot = slotFor(json);
      if (values[slot] == null) {
        put(slot, new ArrayList<>());
      }
      ((List<Object>) values[slot]).add(element);
      return self();
    }

    /**
     * Sets a member this SDK version does not model (sent as is).
     *
     * @param name the JSON name
     * @param value the JSON value
     * @return this builder
     */
    @JsonAnySetter
    public final B putAdditionalProperty(String name, Object value) {
      Objects.requireNonNull(name, "name");
      own();
      if (additionalProperties == null) {
        additionalProperties = new LinkedHashMap<>();
      }
      additionalProperties.put(name, value);
      return self();
    }

    /**
     * Removes an unknown member.
     *
     * @param name the JSON name
     * @return this builder
     */
    public final B removeAdditionalProperty(String name) {
      if (additionalProperties != null && additionalProperties.containsKey(name)) {
        own();
        additionalProperties.remove(name);
      }
      return self();
    }

    /**
     * The immutable model.
     *
     * @return a new model holding this builder's values
     */
    public abstract M build();
  }
}
