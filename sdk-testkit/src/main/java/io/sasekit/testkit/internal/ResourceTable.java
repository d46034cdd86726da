package io.sasekit.testkit.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The objects of one resource in one configuration (candidate or running), in rulebase order.
 * Filtering by container and position keeps that order, so moving an element moves it in every
 * listing of its group.
 */
public final class ResourceTable {
  private final List<StoredObject> rows = new ArrayList<>();

  /** Every row, in order (live list). */
  public List<StoredObject> rows() {
    return rows;
  }

  /** The row with this id, or {@code null}. */
  public StoredObject find(String id) {
    for (StoredObject o : rows) {
      if (o.id().equals(id)) {
        return o;
      }
    }
    return null;
  }

  /** The rows of a container (and position, when given), in order. */
  public List<StoredObject> in(Container container, String position) {
    List<StoredObject> out = new ArrayList<>();
    for (StoredObject o : rows) {
      if (o.in(container, position)) {
        out.add(o);
      }
    }
    return out;
  }

  /** The first row of a container whose {@code field} equals {@code value}, or {@code null}. */
  public StoredObject findBy(Container container, String field, String value) {
    for (StoredObject o : rows) {
      if (o.container().equals(container) && value.equals(Json.text(o.body(), field))) {
        return o;
      }
    }
    return null;
  }

  /** The singleton object of a container, or {@code null}. */
  public StoredObject findSingleton(Container container) {
    for (StoredObject o : rows) {
      if (o.isSingleton() && o.container().equals(container)) {
        return o;
      }
    }
    return null;
  }

  /** Appends a row. */
  public void add(StoredObject o) {
    rows.add(o);
  }

  /** Removes a row. */
  public boolean remove(StoredObject o) {
    return rows.remove(o);
  }

  /**
   * Moves {@code row} within its group (same container and position): {@code top}, {@code bottom},
   * or {@code before}/{@code after} {@code anchor} (which must be in the group).
   */
  public void move(StoredObject row, String destination, StoredObject anchor) {
    rows.remove(row);
    int index;
    switch (destination) {
      case "top":
        index = firstIndex(o -> o.in(row.container(), row.position()));
        break;
      case "bottom":
        index = lastIndex(o -> o.in(row.container(), row.position())) + 1;
        break;
      case "before":
        index = rows.indexOf(anchor);
        break;
      case "after":
        index = rows.indexOf(anchor) + 1;
        break;
      default:
        throw new IllegalArgumentException("destination: " + destination);
    }
    if (index < 0 || index > rows.size()) {
      index = rows.size();
    }
    rows.add(index, row);
  }

  private int firstIndex(Predicate<StoredObject> p) {
    for (int i = 0; i < rows.size(); i++) {
      if (p.test(rows.get(i))) {
        return i;
      }
    }
    return rows.size();
  }

  private int lastIndex(Predicate<StoredObject> p) {
    for (int i = rows.size() - 1; i >= 0; i--) {
      if (p.test(rows.get(i))) {
        return i;
      }
    }
    return rows.size() - 1;
  }

  /** A deep copy. */
  public ResourceTable copy() {
    ResourceTable t = new ResourceTable();
    for (StoredObject o : rows) {
      t.rows.add(o.copy());
    }
    return t;
  }
}
