package io.sasekit.testkit.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.UUID;

/**
 * How an API shapes its error bodies: Strata Cloud Manager's {@code {_errors:[{code, message,
 * details}], _request_id}} or the AIRS management API's {@code {status_code, error_message}}.
 */
public enum ErrorDialect {
  /** Strata Cloud Manager / Prisma Access config and setup APIs. */
  SCM,
  /** Prisma AIRS management API. */
  AIRS;

  /** An error answer; {@code code} may be {@code null}. */
  public SimResponse error(int status, String code, String message) {
    return error(status, code, message, null);
  }

  /** An error answer with SCM {@code details} ({@code null} = empty object). */
  public SimResponse error(int status, String code, String message, com.fasterxml.jackson.databind.JsonNode details) {
    if (this == AIRS) {
      ObjectNode body = Json.object();
      body.put("status_code", status);
      body.put("error_message", message);
      return SimResponse.json(status, body);
    }
    String requestId = UUID.randomUUID().toString();
    ObjectNode err = Json.object();
    if (code != null) {
      err.put("code", code);
    }
    err.put("message", message);
    err.set("details", details == null ? Json.object() : details);
    ObjectNode body = Json.object();
    body.set("_errors", Json.array().add(err));
    body.put("_request_id", requestId);
    return SimResponse.json(status, body).withHeader("X-Request-Id", requestId);
  }

  /** 404 {@code Object Not Present} (E005) or the AIRS equivalent. */
  public SimResponse notFound(String what) {
    return this == AIRS ? error(404, null, what + " not found") : error(404, "E005", "Object Not Present");
  }

  /** 400 for a request the service would refuse (E003). */
  public SimResponse badRequest(String message) {
    return error(400, "E003", message);
  }

  /** 409 {@code Name Not Unique} (E006) or the AIRS equivalent. */
  public SimResponse nameNotUnique(String name) {
    return this == AIRS
        ? error(409, null, "an object named '" + name + "' already exists")
        : error(409, "E006", "Name Not Unique");
  }
}
