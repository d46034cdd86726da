package io.sasekit.codegen.normalize;

import io.sasekit.codegen.normalize.draft.ApiModel;

/**
 * What a {@link SpecRule} works on: the draft of the spec model being normalized (rules change it in
 * place and record each change with {@link ApiModel#note}; {@link Normalizer} freezes it when every rule
 * has run), the API's customization and the naming strategy.
 *
 * @param model the spec model's draft
 * @param custom the customization file's content
 * @param naming the naming strategy
 */
public record RuleContext(ApiModel model, Customization custom, NamingStrategy naming) {}
