package io.sasekit.codegen;

import io.sasekit.codegen.model.ApiModel;
import io.sasekit.codegen.model.JavaPlan;

/**
 * What one generation produced.
 *
 * @param plan the Java plan (and through it the normalized spec model)
 * @param specFiles number of spec files read
 * @param javaFiles number of Java files written
 * @param millis wall time of resolve + parse + normalize + emit
 * @param stages wall time of each stage, readable
 */
public record GenerationResult(JavaPlan plan, int specFiles, int javaFiles, long millis, String stages) {

  /** The normalized spec model. */
  public ApiModel model() {
    return plan.spec();
  }

  /** The one-line build-log summary. */
  public String summary() {
    ApiModel model = plan.spec();
    return "[sasekit] generated " + model.api + ": " + model.resources.size() + " resources, "
        + model.operations().size() + " operations, " + plan.models().size() + " models in " + millis + " ms ("
        + plan.enums().size() + " enums, " + javaFiles + " Java files, " + specFiles + " spec files)";
  }
}
