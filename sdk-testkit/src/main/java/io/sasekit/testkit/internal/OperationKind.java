package io.sasekit.testkit.internal;

/** What the simulator does for an operation, derived from its method, path shape and name. */
public enum OperationKind {
  /** GET on a collection: the paged list envelope. */
  LIST,
  /** POST on a collection (or {@code :import}): a new object with a server-assigned id. */
  CREATE,
  /** GET {@code .../{id}}. */
  GET,
  /** PUT {@code .../{id}}. */
  UPDATE,
  /** DELETE {@code .../{id}}. */
  DELETE,
  /** GET on a collection addressed by a key query parameter (e.g. {@code app_name}). */
  KEYED_GET,
  /** PUT on a collection addressed by {@code name} (query, else body). */
  KEYED_UPDATE,
  /** DELETE on a collection addressed by {@code name} (or another required query key). */
  KEYED_DELETE,
  /** GET on a path that holds one object per container. */
  SINGLETON_GET,
  /** PUT (or an action POST) that replaces that one object. */
  SINGLETON_UPDATE,
  /** POST {@code .../{id}:move}: reorder a rule. */
  MOVE,
  /** POST {@code .../config-versions/candidate:push}. */
  PUSH,
  /** DELETE {@code .../config-versions/candidate}. */
  ROLLBACK,
  /** GET {@code .../config-versions/running}. */
  RUNNING,
  /** GET {@code .../config-versions}. */
  VERSION_LIST,
  /** GET {@code .../config-versions/{version}}. */
  VERSION_GET,
  /** POST {@code .../config-versions:load}. */
  LOAD,
  /** GET {@code .../jobs}. */
  JOB_LIST,
  /** GET {@code .../jobs/{id}}. */
  JOB_GET,
  /** Anything else: accepted, recorded, answered with the body it was given. */
  ACTION
}
