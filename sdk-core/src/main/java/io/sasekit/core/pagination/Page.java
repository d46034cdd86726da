package io.sasekit.core.pagination;

import java.util.Iterator;
import java.util.List;
import java.util.OptionalInt;

/**
 * One page of a list answer. The service usually sends {@code {data, limit, offset, total}}; a bare
 * array or a bare object (for a {@code name} filter) is read as a page without {@code total}.
 *
 * @param <T> the element type
 */
public final class Page<T> implements Iterable<T> {
  private final List<T> data;
  private final int limit;
  private final int offset;
  private final Integer total;

  /**
   * Creates a page.
   *
   * @param data the elements
   * @param limit the limit the service applied (or the one requested when the answer had none)
   * @param offset the offset of the first element
   * @param total the total count, or {@code null} when the service did not say
   */
  public Page(List<T> data, int limit, int offset, Integer total) {
    java.util.Objects.requireNonNull(data, "data");
    for (int i = 0; i < data.size(); i++) {
      if (data.get(i) == null) {
        throw new IllegalArgumentException("page element " + i + " is null");
      }
    }
    this.data = List.copyOf(data);
    this.limit = limit;
    this.offset = offset;
    this.total = total;
  }

  /** The elements of this page. */
  public List<T> data() {
    return data;
  }

  /** The page size limit. */
  public int limit() {
    return limit;
  }

  /** The offset of this page's first element. */
  public int offset() {
    return offset;
  }

  /** The total number of elements, if the service reported it. */
  public OptionalInt total() {
    return total == null ? OptionalInt.empty() : OptionalInt.of(total);
  }

  /**
   * Whether another page may follow: this page is full ({@code data.size() >= limit}) and, when the
   * total is known, {@code offset + size < total}.
   */
  public boolean hasNextPage() {
    if (data.isEmpty() || limit <= 0 || data.size() < limit) {
      return false;
    }
    return total == null || offset + data.size() < total;
  }

  @Override
  public Iterator<T> iterator() {
    return data.iterator();
  }

  @Override
  public String toString() {
    return "Page{size=" + data.size() + ", limit=" + limit + ", offset=" + offset + ", total=" + total + "}";
  }
}
