package io.sasekit.codegen.normalize;

import io.sasekit.codegen.normalize.draft.ApiModel;
import io.sasekit.codegen.normalize.draft.Operation;
import io.sasekit.codegen.parse.ParsedSpec;
import io.swagger.v3.oas.models.servers.Server;
import java.net.URI;
import java.util.List;

/**
 * Rule {@value #RULE}: each file of an API whose paths are relative to its own server (the unified
 * SCM files: {@code /addresses} under {@code https://api.strata.paloaltonetworks.com/config/objects/v1})
 * keeps that server's path as the operation path prefix, so that all files share one configurable host.
 * Enabled by the customization key {@code serverBasePath}; the first server of each file counts.
 */
public final class ServerBasePaths {
  /** Rule name used in notes. */
  @NotASpecRepair public static final String RULE = "ServerBasePathPrefixed";

  private ServerBasePaths() {}

  /** The path of the file's first server, without a trailing slash; fails when the file has none. */
  static String basePath(ParsedSpec spec) {
    List<Server> servers = spec.openApi().getServers();
    if (servers == null || servers.isEmpty() || servers.get(0).getUrl() == null) {
      throw new IllegalStateException(spec.path() + ": serverBasePath is set but the file declares no server");
    }
    String url = servers.get(0).getUrl();
    String path;
    try {
      path = URI.create(url).getPath();
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(spec.path() + ": server URL is not a URI: " + url, e);
    }
    if (path == null || path.isEmpty() || path.equals("/")) {
      throw new IllegalStateException(spec.path() + ": serverBasePath is set but server " + url + " has no path");
    }
    return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
  }

  /** Prefixes the operation's path with its file's server path and records a note. */
  static void apply(ApiModel model, ParsedSpec spec, Operation op) {
    String base = basePath(spec);
    op.path = base + op.path;
    model.note(RULE, op.key(), "path prefixed with " + base);
  }
}
