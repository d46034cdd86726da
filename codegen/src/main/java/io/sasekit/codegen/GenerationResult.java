package io.sasekit.codegen;

import io.sasekit.codegen.model.ApiModel;

/**
 * What one generation produced.
 *
 * @param model the normalized model
 * @param specFiles number of spec files read
 * @param javaFiles number of Java files written
 * @param millis wall time of resolve + parse + normalize + emit
 * @param stages wall time of each stage, readable
 */
public record GenerationResult(ApiModel model, int specFiles, int javaFiles, long millis, String stages) {

  /** The one-line build-log summary. */
  public String summary() {
    return "[sasekit] generated " + model.api + ": " + model.resources.size() + " resources, "
        + model.operations().size() + " operations, " + model.models.size() + " models in " + millis + " ms ("
        + model.enums.size() + " enums, " + javaFiles + " Java files, " + specFiles + " spec files)";
  }
}
