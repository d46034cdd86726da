package io.sasekit.codegen.normalize;

/**
 * One repair or decision applied to the spec model of an API. Each rule is its own class, listed
 * once in {@link Rules#ALL} (the only place the order lives), and records every change it makes as a
 * {@link io.sasekit.codegen.model.RuleNote} through {@link RuleContext#model()}.
 */
public interface SpecRule {
  /** Applies the rule to the model of the context. */
  void apply(RuleContext ctx);

  /** The rule's name in build reports: its class's simple name. */
  default String name() {
    return getClass().getSimpleName();
  }
}
