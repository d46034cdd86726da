package io.sasekit.codegen.model;

import java.util.List;

/**
 * A generated immutable model class.
 *
 * @param name class name within the models package: simple for a top-level class, dotted for a nested
 *     one ({@code SecurityRule.ProfileSetting})
 * @param schemaName registry schema name this model mirrors (null for inline objects)
 * @param javadoc class documentation lines
 * @param fields properties in spec order (shared ones first, then those of oneOf options)
 */
public record JavaModel(String name, String schemaName, List<String> javadoc, List<JavaField> fields) {}
