package io.sasekit.scm.workflow;

import io.sasekit.core.errors.ValidationException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where to move a rule ({@code POST .../{id}:move}, body {@code rule-based-move}): to the top or
 * bottom of the pre or post rulebase, or before or after another rule of the same container.
 * Checked when built: {@code before}/{@code after} need the other rule's id (the spec: {@code
 * destination_rule} "is required only if the destination value is before or after"), {@code
 * top}/{@code bottom} take none. Immutable.
 *
 * <pre>{@code
 * client.moveRule(RuleType.SECURITY, ruleId, RuleMove.before(otherRuleId, RuleMove.Rulebase.PRE));
 * }</pre>
 */
public final class RuleMove {
  /** The destination of the move ({@code destination}). */
  public enum Destination {
    /** First rule of the rulebase. */
    TOP,
    /** Last rule of the rulebase. */
    BOTTOM,
    /** Just before {@code destination_rule}. */
    BEFORE,
    /** Just after {@code destination_rule}. */
    AFTER;

    /**
     * The wire value.
     *
     * @return {@code top}, {@code bottom}, {@code before} or {@code after}
     */
    public String value() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** The rulebase ({@code rulebase}). */
  public enum Rulebase {
    /** The pre-rulebase. */
    PRE,
    /** The post-rulebase. */
    POST;

    /**
     * The wire value.
     *
     * @return {@code pre} or {@code post}
     */
    public String value() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private final Destination destination;
  private final Rulebase rulebase;
  private final String destinationRule;

  private RuleMove(Destination destination, Rulebase rulebase, String destinationRule) {
    this.destination = destination;
    this.rulebase = rulebase;
    this.destinationRule = destinationRule;
  }

  /**
   * To the top of {@code rulebase}.
   *
   * @param rulebase pre or post
   * @return the move
   */
  public static RuleMove top(Rulebase rulebase) {
    return of(Destination.TOP, rulebase, null);
  }

  /**
   * To the bottom of {@code rulebase}.
   *
   * @param rulebase pre or post
   * @return the move
   */
  public static RuleMove bottom(Rulebase rulebase) {
    return of(Destination.BOTTOM, rulebase, null);
  }

  /**
   * Just before another rule.
   *
   * @param ruleId the other rule's UUID (same container)
   * @param rulebase pre or post
   * @return the move
   */
  public static RuleMove before(String ruleId, Rulebase rulebase) {
    return of(Destination.BEFORE, rulebase, ruleId);
  }

  /**
   * Just after another rule.
   *
   * @param ruleId the other rule's UUID (same container)
   * @param rulebase pre or post
   * @return the move
   */
  public static RuleMove after(String ruleId, Rulebase rulebase) {
    return of(Destination.AFTER, rulebase, ruleId);
  }

  /**
   * Any move, checked.
   *
   * @param destination where to
   * @param rulebase pre or post
   * @param destinationRule the other rule's id for before/after, {@code null} for top/bottom
   * @return the move
   * @throws ValidationException naming the missing or superfluous value
   */
  public static RuleMove of(Destination destination, Rulebase rulebase, String destinationRule) {
    String op = "rule.move";
    if (destination == null) {
      throw violation(op, "body.destination", "required", null, "body.destination is required (top, bottom, before, after)");
    }
    if (rulebase == null) {
      throw violation(op, "body.rulebase", "required", null, "body.rulebase is required (pre, post)");
    }
    boolean relative = destination == Destination.BEFORE || destination == Destination.AFTER;
    if (relative && (destinationRule == null || destinationRule.isBlank())) {
      throw violation(op, "body.destination_rule", "required", destinationRule,
          "body.destination_rule (the other rule's id) is required when destination is " + destination.value());
    }
    if (!relative && destinationRule != null) {
      throw violation(op, "body.destination_rule", "absent", destinationRule,
          "body.destination_rule must not be set when destination is " + destination.value());
    }
    return new RuleMove(destination, rulebase, destinationRule);
  }

  private static ValidationException violation(String op, String path, String constraint, String value, String message) {
    return new ValidationException(op, List.of(new ValidationException.Violation(path, constraint, value, message)));
  }

  /**
   * The destination.
   *
   * @return top, bottom, before or after
   */
  public Destination destination() {
    return destination;
  }

  /**
   * The rulebase.
   *
   * @return pre or post
   */
  public Rulebase rulebase() {
    return rulebase;
  }

  /**
   * The other rule's id, for before/after.
   *
   * @return the id, when set
   */
  public Optional<String> destinationRule() {
    return Optional.ofNullable(destinationRule);
  }

  /**
   * The request body with the spec's names.
   *
   * @return {@code destination}, {@code rulebase} and, for before/after, {@code destination_rule}
   */
  public Map<String, Object> toBody() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("destination", destination.value());
    body.put("rulebase", rulebase.value());
    if (destinationRule != null) {
      body.put("destination_rule", destinationRule);
    }
    return body;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RuleMove m && destination == m.destination && rulebase == m.rulebase
        && Objects.equals(destinationRule, m.destinationRule);
  }

  @Override
  public int hashCode() {
    return Objects.hash(destination, rulebase, destinationRule);
  }

  @Override
  public String toString() {
    return "RuleMove{" + toBody() + "}";
  }
}
