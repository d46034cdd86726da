package io.sasekit.core.pagination;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A lazy view of every element of a list operation: it requests {@code offset += limit} until a
 * page is shorter than the limit or the offset reaches the reported total. It holds one page in
 * memory at a time; nothing is fetched until iteration starts, and each iteration starts over.
 * A failure on a later page surfaces as the exception of that call, after the elements already
 * returned.
 *
 * <p>A pager made with a {@link PageStreamFetcher} hands each element out while its page is still
 * being read ({@link #iterator()} and {@link #stream()}; {@link #pages()} still reads whole pages),
 * so even one very large page costs the memory of one element. Stopping such an iteration part-way
 * leaves the page's answer open until it is collected; read to the end, or use {@link #pages()},
 * where that matters.
 *
 * @param <T> the element type
 */
public final class AutoPager<T> implements Iterable<T> {
  /** The page size used when none is given. */
  public static final int DEFAULT_PAGE_SIZE = 200;

  private final PageFetcher<T> fetcher;
  private final PageStreamFetcher<T> streaming; // null: element iteration goes page by page
  private final int startOffset;
  private final int pageSize;

  /** Creates a pager that starts at {@code startOffset} and asks for {@code pageSize} per page. */
  public AutoPager(PageFetcher<T> fetcher, int startOffset, int pageSize) {
    this(fetcher, null, startOffset, pageSize);
  }

  /**
   * Creates a pager whose element iteration streams each page through {@code streaming}; {@link
   * #pages()} uses {@code fetcher}.
   */
  public AutoPager(PageFetcher<T> fetcher, PageStreamFetcher<T> streaming, int startOffset, int pageSize) {
    if (pageSize <= 0) {
      throw new IllegalArgumentException("pageSize must be positive: " + pageSize);
    }
    if (startOffset < 0) {
      throw new IllegalArgumentException("offset must not be negative: " + startOffset);
    }
    this.fetcher = fetcher;
    this.streaming = streaming;
    this.startOffset = startOffset;
    this.pageSize = pageSize;
  }

  /** The page size requested. */
  public int pageSize() {
    return pageSize;
  }

  /** Iterates page by page (each page fetched when reached). */
  public Iterable<Page<T>> pages() {
    return PageIterator::new;
  }

  @Override
  public Iterator<T> iterator() {
    if (streaming != null) {
      return new StreamingIterator();
    }
    return new Iterator<>() {
      private final PageIterator pages = new PageIterator();
      private Iterator<T> current = java.util.Collections.emptyIterator();

      @Override
      public boolean hasNext() {
        while (!current.hasNext()) {
          if (!pages.hasNext()) {
            return false;
          }
          current = pages.next().iterator();
        }
        return true;
      }

      @Override
      public T next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return current.next();
      }
    };
  }

  /** A sequential, lazy stream of every element. */
  public Stream<T> stream() {
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED | Spliterator.NONNULL),
        false);
  }

  /**
   * The error raised when the service answers a later offset with the very same page: it ignores
   * {@code offset}, and following it would loop forever.
   */
  static io.sasekit.core.errors.SasekitException repeatedPage(int offset) {
    return new io.sasekit.core.errors.SasekitException(
        "the service returned the same page again at offset " + offset
            + " (it seems to ignore offset); stopped paginating to avoid an endless loop");
  }

  /**
   * Every element, each page streamed: the same stop rules as {@link PageIterator}; a page whose
   * first element equals the previous page's first element is the same page again.
   */
  private final class StreamingIterator implements Iterator<T> {
    private int offset = startOffset;
    private boolean done;
    private PageStream<T> current;
    private int seen;
    private T first;
    private T previousFirst;

    @Override
    public boolean hasNext() {
      while (true) {
        if (current != null) {
          if (current.hasNext()) {
            return true;
          }
          finishPage();
        }
        if (done) {
          return false;
        }
        current = streaming.fetch(offset, pageSize);
        seen = 0;
        first = null;
      }
    }

    private void finishPage() {
      PageStream<T> page = current;
      current = null;
      page.close();
      int applied = page.limit() > 0 ? Math.min(page.limit(), pageSize) : pageSize;
      offset += seen;
      boolean shortPage = seen == 0 || seen < applied;
      boolean reachedTotal = page.total() != null && offset >= page.total();
      done = shortPage || reachedTotal;
      if (seen > 0) {
        previousFirst = first;
      }
    }

    @Override
    public T next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      T value = current.next();
      if (seen == 0) {
        if (value.equals(previousFirst)) {
          current.close();
          current = null;
          done = true;
          throw repeatedPage(offset);
        }
        first = value;
      }
      seen++;
      return value;
    }
  }

  private final class PageIterator implements Iterator<Page<T>> {
    private int offset = startOffset;
    private boolean done;
    private Page<T> next;
    private java.util.List<T> previous;

    @Override
    public boolean hasNext() {
      if (next != null) {
        return true;
      }
      if (done) {
        return false;
      }
      Page<T> page = fetcher.fetch(offset, pageSize);
      int size = page.data().size();
      if (size > 0 && page.data().equals(previous)) {
        throw repeatedPage(offset);
      }
      previous = page.data();
      // The service may cap the limit (5000); a page counts as full against what was asked or applied.
      int applied = page.limit() > 0 ? Math.min(page.limit(), pageSize) : pageSize;
      offset += size;
      boolean shortPage = size == 0 || size < applied;
      boolean reachedTotal = page.total().isPresent() && offset >= page.total().getAsInt();
      done = shortPage || reachedTotal;
      if (size == 0) {
        return false;
      }
      next = page;
      return true;
    }

    @Override
    public Page<T> next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      Page<T> p = next;
      next = null;
      return p;
    }
  }
}
