package io.sasekit.prismaaccess.folders;

import com.fasterxml.jackson.databind.JsonNode;
import io.sasekit.core.ClientOptions;
import io.sasekit.core.RequestOptions;
import io.sasekit.core.errors.PermissionDeniedException;
import io.sasekit.core.operation.Arguments;
import io.sasekit.core.operation.OperationExecutor;
import io.sasekit.core.operation.OperationRegistry;
import io.sasekit.core.operation.OperationSpec;
import io.sasekit.prismaaccess.Folder;
import io.sasekit.prismaaccess.PrismaAccessOperations;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Folder discovery: lists the tenant's folders and snippets through the SCM Setup API
 * ({@code GET /config/setup/v1/folders} and {@code /snippets}). When the service account lacks the
 * role to list them (403), it falls back to the six predefined system folders and logs at INFO:
 * it never fails on missing folder permissions.
 *
 * <p>The Setup API lives on another host than the configuration API. By default its base URL is
 * {@value #DEFAULT_SETUP_BASE_URL} when the client talks to the default configuration host, and
 * {@code <baseUrl>/config/setup/v1} otherwise (a regional host, a proxy, the simulator); pass an
 * explicit one to {@link #FolderService(OperationExecutor, String)}.
 */
public final class FolderService {
  /** The SCM Setup API's public base URL. */
  public static final String DEFAULT_SETUP_BASE_URL =
      "https://api.strata.paloaltonetworks.com/config/setup/v1";

  /**
   * The Setup registry, generated at build time from {@code scm/config/sase/setup/config-setup-feb-v1.yaml}
   * (paths relative to the Setup base URL).
   */
  public static final String REGISTRY_RESOURCE = "META-INF/sasekit/prisma-access-setup/operations.json";

  private static final Logger LOG = LoggerFactory.getLogger(FolderService.class);
  private static final OperationRegistry REGISTRY =
      OperationRegistry.fromClasspath(REGISTRY_RESOURCE, FolderService.class.getClassLoader());

  private final OperationExecutor executor;
  private final String setupBaseUrl;

  /** Discovery through the Setup API at the base URL derived from the client's options. */
  public FolderService(OperationExecutor executor) {
    this(executor, defaultSetupBaseUrl(executor.options()));
  }

  /** Discovery through the Setup API at {@code setupBaseUrl}. */
  public FolderService(OperationExecutor executor, String setupBaseUrl) {
    this.setupBaseUrl = setupBaseUrl;
    // Same credentials, token cache and connection pool; only the base URL differs.
    this.executor = executor.withOptions(executor.options().toBuilder().baseUrl(setupBaseUrl).build());
  }

  /** The Setup API base URL for a configuration API base URL. */
  public static String defaultSetupBaseUrl(ClientOptions options) {
    String base = options.baseUrl();
    return PrismaAccessOperations.DEFAULT_BASE_URL.equals(base) ? DEFAULT_SETUP_BASE_URL : base + "/config/setup/v1";
  }

  /** The Setup API base URL in use. */
  public String setupBaseUrl() {
    return setupBaseUrl;
  }

  /**
   * The operation registry of the Setup API, generated from its spec file; discovery uses its
   * {@code folder.list} and {@code snippet.list}.
   */
  public static OperationRegistry registry() {
    return REGISTRY;
  }

  /**
   * The tenant's folders followed by its snippets; the six system folders when listing is denied.
   */
  public List<FolderInfo> list() {
    return list(RequestOptions.none());
  }

  /** As {@link #list()}, with per-call options. */
  public List<FolderInfo> list(RequestOptions options) {
    List<FolderInfo> result = new ArrayList<>();
    try {
      for (JsonNode f : all("folder", options)) {
        result.add(read(FolderInfo.Kind.FOLDER, f));
      }
    } catch (PermissionDeniedException e) {
      LOG.info("folder listing denied (403, the service account lacks the SCM Admin role);"
          + " using the six system folders");
      return systemFolders();
    }
    try {
      for (JsonNode s : all("snippet", options)) {
        result.add(read(FolderInfo.Kind.SNIPPET, s));
      }
    } catch (PermissionDeniedException e) {
      LOG.info("snippet listing denied (403); listing folders only");
    }
    return result;
  }

  /** The six predefined system folders, as the fallback returns them. */
  public static List<FolderInfo> systemFolders() {
    List<FolderInfo> list = new ArrayList<>();
    for (String name : Folder.systemFolders()) {
      list.add(new FolderInfo(FolderInfo.Kind.FOLDER, name, null, null, null, List.of(), true));
    }
    return List.copyOf(list);
  }

  private Iterable<JsonNode> all(String resource, RequestOptions options) {
    OperationSpec op = REGISTRY.require(resource, "list");
    List<JsonNode> items = new ArrayList<>();
    executor.paginate(op, Arguments.empty(), JsonNode.class, options).forEach(items::add);
    return items;
  }

  private static FolderInfo read(FolderInfo.Kind kind, JsonNode n) {
    List<String> labels = new ArrayList<>();
    n.path("labels").forEach(l -> labels.add(l.asText()));
    String name = n.path("name").asText();
    return new FolderInfo(
        kind,
        name,
        text(n, "id"),
        text(n, "parent"),
        text(n, "description"),
        labels,
        kind == FolderInfo.Kind.FOLDER && Folder.isSystemFolder(name));
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  @Override
  public String toString() {
    return "FolderService{setupBaseUrl=" + setupBaseUrl + "}";
  }
}
