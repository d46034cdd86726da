package io.sasekit.core.testing;

import io.sasekit.core.json.OpenEnum;

/** A hand-written stand-in for a generated open enum. */
public final class Position implements OpenEnum {
  public static final Position PRE = new Position("pre");
  public static final Position POST = new Position("post");
  private final String value;

  private Position(String value) {
    this.value = value;
  }

  public static Position of(String value) {
    return new Position(value);
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
