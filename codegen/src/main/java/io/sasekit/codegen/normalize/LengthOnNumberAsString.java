package io.sasekit.codegen.normalize;

import io.sasekit.codegen.normalize.draft.ApiModel;

/**
 * Rule {@value #RULE}: a schema typed {@code number} or {@code integer} that carries a keyword only
 * strings have ({@code maxLength}, {@code minLength} or {@code pattern}) was meant as a string. The
 * one such schema of the pinned files is the SCM push body's {@code devices[]}: firewall serial
 * numbers ({@code maxLength: 16}, example {@code 007951000388704}), which as numbers would lose their
 * leading zeros. The schema becomes a string; its length and pattern keywords then apply.
 */
public final class LengthOnNumberAsString implements SpecRule {
  /** Rule name used in notes. */
  public static final String RULE = "StringKeywordsOnNumberAsString";

  LengthOnNumberAsString() {}

  @Override
  public void apply(RuleContext ctx) {
    ApiModel model = ctx.model();
    SchemaWalk.all(model, (s, parent, member, where) -> {
      if (s.isRef() || !("number".equals(s.type) || "integer".equals(s.type))) {
        return;
      }
      if (s.maxLength == null && s.minLength == null && s.pattern == null) {
        return;
      }
      String was = s.type;
      s.type = "string";
      s.format = null;
      s.minimum = null;
      s.maximum = null;
      model.note(RULE, where, was + " with string keywords (maxLength/minLength/pattern) read as string");
    });
  }
}
