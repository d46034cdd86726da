package io.sasekit.testkit.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One configuration object: its id, container, rulebase position (rules only) and JSON body as
 * answered to clients. Mutable, guarded by the simulator's state lock.
 */
public final class StoredObject {
  /** Id prefix of the one object of a singleton resource (never shown to clients). */
  public static final String SINGLETON_PREFIX = "__singleton__:";

  private final String id;
  private final Container container;
  private String position;
  private ObjectNode body;

  /** Creates an object. */
  public StoredObject(String id, Container container, String position, ObjectNode body) {
    this.id = id;
    this.container = container;
    this.position = position;
    this.body = body;
  }

  /** Server-assigned id. */
  public String id() {
    return id;
  }

  /** The container. */
  public Container container() {
    return container;
  }

  /** {@code pre}/{@code post} for rules, else {@code null}. */
  public String position() {
    return position;
  }

  /** Moves a rule to another rulebase. */
  public void position(String position) {
    this.position = position;
  }

  /** The JSON body (live; copy before handing out). */
  public ObjectNode body() {
    return body;
  }

  /** Replaces the body. */
  public void body(ObjectNode body) {
    this.body = body;
  }

  /** The {@code name} member, or {@code null}. */
  public String name() {
    return Json.text(body, "name");
  }

  /** Whether this is the one object of a singleton resource. */
  public boolean isSingleton() {
    return id.startsWith(SINGLETON_PREFIX);
  }

  /** A deep copy. */
  public StoredObject copy() {
    return new StoredObject(id, container, position, body.deepCopy());
  }

  /** Whether this object is in {@code container} (and in {@code position}, when given). */
  public boolean in(Container c, String pos) {
    return container.equals(c) && (pos == null || pos.equals(position));
  }
}
