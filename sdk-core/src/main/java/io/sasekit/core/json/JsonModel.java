package io.sasekit.core.json;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

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
 */
@JsonAutoDetect(
    getterVisibility = JsonAutoDetect.Visibility.NONE,
    isGetterVisibility = JsonAutoDetect.Visibility.NONE,
    setterVisibility = JsonAutoDetect.Visibility.NONE,
    fieldVisibility = JsonAutoDetect.Visibility.NONE)
public abstract class JsonModel {
  private final Map<String, Object> values;
  private final Map<String, Object> additionalProperties;
  private final Set<String> secrets;

  /**
   * Copies the builder's values.
   *
   * @param builder the builder holding the values
   * @param secrets JSON names of the members {@code toString} redacts
   */
  protected JsonModel(Builder<?, ?> builder, String... secrets) {
    Map<String, Object> known = new LinkedHashMap<>();
    builder.values.forEach((name, value) -> known.put(name, frozen(value)));
    this.values = Collections.unmodifiableMap(known);
    this.additionalProperties = Collections.unmodifiableMap(new LinkedHashMap<>(builder.additionalProperties));
    this.secrets = Set.of(secrets);
  }

  private static Object frozen(Object value) {
    return value instanceof List<?> list ? Collections.unmodifiableList(new ArrayList<>(list)) : value;
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
    return (T) values.get(json);
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
    values.forEach((name, value) -> target.values.put(name, value instanceof List<?> list ? new ArrayList<>(list) : value));
    target.additionalProperties.putAll(additionalProperties);
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
   * The JSON object this model stands for: the known members, then the unknown ones.
   *
   * @return a new map by JSON name (absent members left out)
   */
  @JsonValue
  protected final Map<String, Object> toJson() {
    Map<String, Object> json = new LinkedHashMap<>(values);
    additionalProperties.forEach(json::putIfAbsent);
    return json;
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
    return values.equals(that.values) && additionalProperties.equals(that.additionalProperties);
  }

  @Override
  public final int hashCode() {
    return Objects.hash(getClass(), values, additionalProperties);
  }

  /** A readable form; secret members print as {@code ***} and unknown members by name only. */
  @Override
  public final String toString() {
    StringBuilder sb = new StringBuilder(getClass().getSimpleName()).append('{');
    String sep = "";
    for (Map.Entry<String, Object> e : values.entrySet()) {
      sb.append(sep).append(e.getKey()).append('=').append(secrets.contains(e.getKey()) ? "***" : e.getValue());
      sep = ", ";
    }
    if (!additionalProperties.isEmpty()) {
      sb.append(sep).append("additionalProperties=").append(additionalProperties.keySet());
    }
    return sb.append('}').toString();
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
    private final Map<String, Object> values = new LinkedHashMap<>();
    private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

    /** An empty builder. */
    protected Builder() {}

    @SuppressWarnings("unchecked")
    private B self() {
      return (B) this;
    }

    /**
     * Sets a member; {@code null} leaves it out. A list is copied.
     *
     * @param json the JSON member name
     * @param value the value
     * @return this builder
     */
    protected final B setMember(String json, Object value) {
      if (value == null) {
        values.remove(json);
      } else {
        values.put(json, value instanceof List<?> list ? new ArrayList<>(list) : value);
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
      ((List<Object>) values.computeIfAbsent(json, k -> new ArrayList<>())).add(element);
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
      additionalProperties.put(Objects.requireNonNull(name, "name"), value);
      return self();
    }

    /**
     * Removes an unknown member.
     *
     * @param name the JSON name
     * @return this builder
     */
    public final B removeAdditionalProperty(String name) {
      additionalProperties.remove(name);
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
