package io.sasekit.core.pagination;

/**
 * Fetches one page at a given offset and limit; the seam between {@link AutoPager} and the
 * transport.
 *
 * @param <T> the element type
 */
@FunctionalInterface
public interface PageFetcher<T> {
  /** Fetches the page that starts at {@code offset} with at most {@code limit} elements. */
  Page<T> fetch(int offset, int limit);
}
