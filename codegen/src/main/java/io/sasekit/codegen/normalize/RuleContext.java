package io.sasekit.codegen.normalize;

import io.sasekit.codegen.model.ApiModel;

/**
 * What a {@link SpecRule} works on: the spec model being normalized (rules change it in place and
 * record each change with {@link ApiModel#note}), the API's customization and the naming strategy.
 *
 * @param model the spec model
 * @param custom the customization file's content
 * @param naming the naming strategy
 */
public record RuleContext(ApiModel model, Customization custom, NamingStrategy naming) {}
