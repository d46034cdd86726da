package io.sasekit.codegen.model;

/**
 * A record that a normalization rule changed something.
 *
 * @param rule the rule's name, e.g. {@code OneOfOptionRequiredKey}
 * @param where the spec location, e.g. {@code Addresses.yaml#objects-addresses}
 * @param detail what was done
 */
public record RuleNote(String rule, String where, String detail) {
  @Override
  public String toString() {
    return rule + " @ " + where + ": " + detail;
  }
}
