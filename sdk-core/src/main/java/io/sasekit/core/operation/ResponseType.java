package io.sasekit.core.operation;

import com.fasterxml.jackson.databind.JsonNode;
import io.sasekit.core.pagination.Page;

/**
 * What a call returns and how the answer is read. Typed clients pass {@code of(Address.class)},
 * {@code single(Address.class)}, {@code page(Address.class)} or {@code none()}; the dynamic door
 * passes {@code declared()}, which reads the answer by the operation's registry {@link
 * ResponseShape} exactly as the typed call does and hands it back as JSON.
 *
 * @param <T> the Java type returned
 */
public final class ResponseType<T> {
  /** How the body is read. */
  public enum Kind {
    /** No body is read; the call returns {@code null}. */
    NONE,
    /** One object of the item type. */
    OBJECT,
    /** One object, tolerating a one-element array or a {@code {data:[obj]}} envelope. */
    SINGLE,
    /** A {@link Page} of the item type, from an envelope, a bare array or a bare object. */
    PAGE,
    /** The body as a Jackson tree. */
    JSON,
    /** The body read by the operation's {@link ResponseShape}, as a Jackson tree (the dynamic door). */
    DECLARED
  }

  private static final ResponseType<Void> NONE = new ResponseType<>(Kind.NONE, Void.class);
  private static final ResponseType<JsonNode> JSON = new ResponseType<>(Kind.JSON, JsonNode.class);
  private static final ResponseType<JsonNode> DECLARED = new ResponseType<>(Kind.DECLARED, JsonNode.class);

  private final Kind kind;
  private final Class<?> itemType;

  private ResponseType(Kind kind, Class<?> itemType) {
    this.kind = kind;
    this.itemType = itemType;
  }

  /** One object of {@code type}. */
  public static <T> ResponseType<T> of(Class<T> type) {
    return new ResponseType<>(Kind.OBJECT, type);
  }

  /** One object of {@code type}, accepted as object, one-element array or data envelope. */
  public static <T> ResponseType<T> single(Class<T> type) {
    return new ResponseType<>(Kind.SINGLE, type);
  }

  /** A page of {@code itemType}. */
  public static <T> ResponseType<Page<T>> page(Class<T> itemType) {
    return new ResponseType<>(Kind.PAGE, itemType);
  }

  /** No body. */
  public static ResponseType<Void> none() {
    return NONE;
  }

  /** The raw JSON tree. */
  public static ResponseType<JsonNode> json() {
    return JSON;
  }

  /**
   * The answer read as the operation's registry shape declares, as JSON: shape {@code none} gives an
   * empty object, {@code list} an envelope {@code {data, limit, offset[, total]}} (from any list
   * form), {@code single} and {@code object} the object; see {@code docs/behaviour.md}.
   */
  public static ResponseType<JsonNode> declared() {
    return DECLARED;
  }

  /** How the body is read. */
  public Kind kind() {
    return kind;
  }

  /** The object type, or the element type of a page. */
  public Class<?> itemType() {
    return itemType;
  }

  @Override
  public String toString() {
    return "ResponseType{" + kind + " " + itemType.getSimpleName() + "}";
  }
}
