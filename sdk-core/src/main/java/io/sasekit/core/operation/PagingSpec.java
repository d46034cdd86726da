package io.sasekit.core.operation;

/**
 * How a list operation pages, from its registry row's {@code paging} object: the one pager of
 * sdk-core ({@link io.sasekit.core.pagination.AutoPager}) reads the parameter names, the page-size cap
 * and the answer's layout from here, for typed and dynamic calls alike.
 *
 * @param kind offset paging over the list envelope, or a wrapper announcing the next offset
 * @param offsetParam the query parameter carrying the first element's offset
 * @param limitParam the query parameter carrying the page size, or {@code null} when there is none
 * @param maxLimit the largest page size the service honours, or {@code null} when none is known
 * @param itemsMember with {@link Kind#NEXT_OFFSET}: the answer's member holding the page's elements
 * @param nextMember with {@link Kind#NEXT_OFFSET}: the answer's member announcing the next offset
 */
public record PagingSpec(
    Kind kind, String offsetParam, String limitParam, Integer maxLimit, String itemsMember, String nextMember) {

  /** The two ways the APIs page. */
  public enum Kind {
    /**
     * {@code {data, limit, offset, total}} (or a bare array): the next page starts where this one
     * ended; a short page or the reported total ends the list.
     */
    OFFSET("offset"),
    /**
     * {@code {<items>: [...], <next>: 200}}: more follow while the answer carries a next offset
     * beyond the page's own offset.
     */
    NEXT_OFFSET("nextOffset");

    private final String wireName;

    Kind(String wireName) {
      this.wireName = wireName;
    }

    /** The registry spelling. */
    public String wireName() {
      return wireName;
    }

    /** The kind with this registry spelling. */
    public static Kind fromName(String name) {
      for (Kind k : values()) {
        if (k.wireName.equals(name)) {
          return k;
        }
      }
      throw new IllegalArgumentException("unknown paging kind: " + name + " (expected offset or nextOffset)");
    }
  }

  /** Checks that every member the kind needs is there. */
  public PagingSpec {
    if (kind == null || offsetParam == null || offsetParam.isBlank()) {
      throw new IllegalArgumentException("paging needs a kind and an offset parameter");
    }
    if (kind == Kind.NEXT_OFFSET && (itemsMember == null || nextMember == null)) {
      throw new IllegalArgumentException("nextOffset paging needs its items and next members");
    }
    if (maxLimit != null && maxLimit < 1) {
      throw new IllegalArgumentException("paging maxLimit must be positive: " + maxLimit);
    }
  }

  /** The page size to ask for: {@code requested}, cut to {@link #maxLimit()} when one is known. */
  public int pageSize(int requested) {
    return maxLimit == null ? requested : Math.min(requested, maxLimit);
  }

  @Override
  public String toString() {
    return "PagingSpec{" + kind.wireName() + ", offset="
        + offsetParam + ", limit=" + limitParam + ", maxLimit=" + maxLimit
        + (kind == Kind.NEXT_OFFSET ? ", items=" + itemsMember + ", next=" + nextMember : "") + "}";
  }
}
