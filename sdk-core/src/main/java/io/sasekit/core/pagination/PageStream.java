package io.sasekit.core.pagination;

import java.util.Iterator;

/**
 * One page handed out element by element while its answer is still being read, so that a page of
 * any size costs the memory of one element. Its {@link #limit()}, {@link #offset()} and {@link
 * #total()} are final once {@link #hasNext()} has returned {@code false} (an envelope may name its
 * counts after its elements). Single use; {@link #close()} releases the answer (reading to the end
 * closes it too).
 *
 * @param <T> the element type
 */
public interface PageStream<T> extends Iterator<T>, AutoCloseable {
  /** The page size limit (the service's, or the one requested when the answer had none). */
  int limit();

  /** The offset of this page's first element. */
  int offset();

  /** The total number of elements, or {@code null} when the service did not say. */
  Integer total();

  /** Releases the answer; elements not read yet are dropped. */
  @Override
  void close();

  /** A stream over a page that is already in memory. */
  static <T> PageStream<T> of(Page<T> page) {
    return of(page, () -> {});
  }

  /** A stream over a page that is already in memory; {@code onClose} runs on each {@link #close()}. */
  static <T> PageStream<T> of(Page<T> page, Runnable onClose) {
    Iterator<T> it = page.data().iterator();
    return new PageStream<>() {
      @Override
      public boolean hasNext() {
        return it.hasNext();
      }

      @Override
      public T next() {
        return it.next();
      }

      @Override
      public int limit() {
        return page.limit();
      }

      @Override
      public int offset() {
        return page.offset();
      }

      @Override
      public Integer total() {
        return page.total().isPresent() ? page.total().getAsInt() : null;
      }

      @Override
      public void close() {
        onClose.run();
      }
    };
  }
}
