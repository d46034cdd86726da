package io.sasekit.codegen.parse;

import io.swagger.v3.oas.models.OpenAPI;

/**
 * One spec file parsed on its own (component names collide across files, so files are never merged raw).
 *
 * @param path spec path relative to the spec root, e.g. {@code access/prisma-access-config/Tags.yaml}
 * @param openApi the parsed document
 */
public record ParsedSpec(String path, OpenAPI openApi) {

  /** The file name without folders, e.g. {@code Tags.yaml}. */
  public String fileName() {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? path : path.substring(slash + 1);
  }
}
