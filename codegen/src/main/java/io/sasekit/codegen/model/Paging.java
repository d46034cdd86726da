package io.sasekit.codegen.model;

/**
 * How a list operation pages, as the registry row's {@code paging} object states it: sdk-core's one
 * pager reads this and nothing else (no parameter name or page-size cap is built into core).
 *
 * @param kind {@link #OFFSET} ({@code {data, limit, offset, total}} lists: the next page starts where
 *     this one ended, until a short page or the total) or {@link #NEXT_OFFSET} (a wrapper object
 *     whose {@code items} member holds the page and whose {@code next} member announces another one)
 * @param limitParam the query parameter that sets the page size, or null when the operation has none
 * @param offsetParam the query parameter that sets the first element's offset
 * @param itemsMember with {@link #NEXT_OFFSET}: the wrapper member holding the page's elements
 * @param nextMember with {@link #NEXT_OFFSET}: the wrapper member announcing the next offset
 * @param maxLimit the largest page size the service honours (customization {@code pageSizeLimit}),
 *     or null when unknown
 */
public record Paging(
    String kind, String limitParam, String offsetParam, String itemsMember, String nextMember, Integer maxLimit) {
  /** Offset paging over the list envelope. */
  public static final String OFFSET = "offset";
  /** Paging over a wrapper with a next-offset member. */
  public static final String NEXT_OFFSET = "nextOffset";

  /** Whether the page is a wrapper's items member. */
  public boolean isNextOffset() {
    return NEXT_OFFSET.equals(kind);
  }

  /** The same paging with another page-size cap. */
  public Paging withMaxLimit(Integer max) {
    return new Paging(kind, limitParam, offsetParam, itemsMember, nextMember, max);
  }
}
