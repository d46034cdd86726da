package io.sasekit.benchmarks.contenders;

/**
 * One way of calling the Addresses API: the same requests, made by sasekit, by hand with OkHttp +
 * Jackson (the floor), or by the OpenAPI Generator client. Each method returns what the caller
 * would use, so the JIT cannot drop the work; {@link #name(Object)} reads a field back for checks.
 */
public interface Contender extends AutoCloseable {
  /** The folder every request names. */
  String FOLDER = "Shared";

  /** {@code GET /addresses/{id}}: the one address. */
  Object get(String id);

  /** {@code GET /addresses?folder&limit=200}: the items of the first page. */
  java.util.List<?> list200();

  /** {@code POST /addresses?folder}: the created address as answered. */
  Object create();

  /**
   * Iterates every address of the folder, {@code pageSize} per request, handing each to {@code
   * sink}; returns how many it saw.
   */
  long iterateAll(int pageSize, java.util.function.Consumer<Object> sink);

  /**
   * One list request with {@code limit} (no paging), handing each item of the answer to {@code
   * sink}; returns how many it saw.
   */
  long readOnePage(int limit, java.util.function.Consumer<Object> sink);

  /** The {@code name} of an address this contender returned. */
  String name(Object address);

  @Override
  void close();
}
