package io.sasekit.testkit.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The SCM Setup API endpoints the SDK uses: {@code GET /config/setup/v1/folders} (folder
 * discovery, and {@code /snippets}), paged, with an exact {@code name} filter, or 403 when listing is denied. Runs with
 * the state lock held.
 */
public final class SetupHandler {
  /** Path of the folder listing. */
  public static final String FOLDERS_PATH = "/config/setup/v1/folders";
  /** Path of the snippet listing (the simulator's tenant has no snippets). */
  public static final String SNIPPETS_PATH = "/config/setup/v1/snippets";

  private final SimState state;

  /** Creates the handler. */
  public SetupHandler(SimState state) {
    this.state = state;
  }

  /** Answers {@code GET /config/setup/v1/folders}. */
  public SimResponse listFolders(SimRequest request) {
    if (state.folders().listingDenied()) {
      return ErrorDialect.SCM.error(403, "E007", "Unauthorized");
    }
    String name = request.param("name").orElse(null);
    ArrayNode all = Json.array();
    for (ObjectNode f : state.folders().all()) {
      if (name == null || name.equals(Json.text(f, "name"))) {
        all.add(f);
      }
    }
    int limit = parse(request.param("limit").orElse(null), state.defaultLimit());
    int offset = Math.max(0, parse(request.param("offset").orElse(null), 0));
    if (limit <= 0) {
      limit = state.defaultLimit();
    }
    return SimResponse.json(200, Json.page(all, limit, offset));
  }

  /** Answers {@code GET /config/setup/v1/snippets}: an empty list, or 403 when listing is denied. */
  public SimResponse listSnippets(SimRequest request) {
    if (state.folders().listingDenied()) {
      return ErrorDialect.SCM.error(403, "E007", "Unauthorized");
    }
    return SimResponse.json(200, Json.page(Json.array(), state.defaultLimit(), 0));
  }

  private static int parse(String v, int fallback) {
    if (v == null || v.isBlank()) {
      return fallback;
    }
    try {
      return (int) Double.parseDouble(v);
    } catch (NumberFormatException e) {
      return fallback;
    }
  }
}
