package io.sasekit.core.pagination;

/**
 * Fetches one page at a given offset and limit as a {@link PageStream}: the elements are handed out
 * as the answer is read. The streaming twin of {@link PageFetcher}.
 *
 * @param <T> the element type
 */
@FunctionalInterface
public interface PageStreamFetcher<T> {
  /** Starts reading the page that begins at {@code offset} with at most {@code limit} elements. */
  PageStream<T> fetch(int offset, int limit);
}
