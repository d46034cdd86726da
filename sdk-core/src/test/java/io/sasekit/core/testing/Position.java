package io.sasekit.core.testing;

import io.sasekit.core.json.OpenEnum;

/** A hand-written stand-in for a generated open enum. */
public final class Position implements OpenEnum {
  public static final Position PRE = new Position("pre", false);
  public static final Position POST = new Position("post", false);
  private final String value;
  private final boolean received;

  private Position(String value, boolean received) {
    this.value = value;
    this.received = received;
  }

  /** A value the caller built. */
  public static Position of(String value) {
    return new Position(value, false);
  }

  /** A value as read from a service answer. */
  public static Position received(String value) {
    return new Position(value, true);
  }

  @Override
  public boolean isReceived() {
    return received;
  }

  @Override
  public String value() {
    return value;
  }

  @Override
  public boolean isKnown() {
    return value.equals("pre") || value.equals("post");
  }

  @Override
  public String toString() {
    return value;
  }
}
