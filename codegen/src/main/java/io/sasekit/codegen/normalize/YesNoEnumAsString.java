package io.sasekit.codegen.normalize;

import io.sasekit.codegen.normalize.draft.ApiModel;
import java.util.ArrayList;
import java.util.List;

/**
 * Rule {@value #RULE}: a string schema whose enum values are all YAML booleans ({@code true} /
 * {@code false}) was written {@code [yes, no]} unquoted, which a YAML 1.1 reader reads as booleans
 * (SCM security rule {@code security_settings.anti_spyware}, {@code vulnerability}, ...: {@code enum:
 * [yes, no]}, {@code default: yes}). The schema says string: the values are restored as the strings
 * {@code "yes"} / {@code "no"}, and so is a boolean default. No string enum of the pinned files is
 * written {@code [true, false]} (measured), so nothing else is read this way.
 */
public final class YesNoEnumAsString implements SpecRule {
  /** Rule name used in notes. */
  public static final String RULE = "YamlYesNoAsString";

  YesNoEnumAsString() {}

  @Override
  public void apply(RuleContext ctx) {
    apply(ctx.model());
  }

  /** Applies the rule to every schema of the model. */
  public static void apply(ApiModel model) {
    SchemaWalk.all(model, (s, parent, member, where) -> {
      if (s.isRef() || !"string".equals(s.type) || s.enumValues.isEmpty()) {
        return;
      }
      List<Object> restored = new ArrayList<>();
      for (Object v : s.enumValues) {
        String yesNo = yesNo(v);
        if (yesNo == null) {
          return;
        }
        restored.add(yesNo);
      }
      s.enumValues.clear();
      s.enumValues.addAll(restored);
      if (yesNo(s.defaultValue) != null) {
        s.defaultValue = yesNo(s.defaultValue);
      }
      model.note(RULE, where, "enum read as YAML booleans restored as strings " + restored);
    });
  }

  /** {@code "yes"} for a YAML true, {@code "no"} for a false, else null. */
  static String yesNo(Object v) {
    String text = v == null ? null : String.valueOf(v);
    if ("true".equals(text)) {
      return "yes";
    }
    return "false".equals(text) ? "no" : null;
  }
}
