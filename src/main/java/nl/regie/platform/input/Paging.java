package nl.regie.platform.input;

/**
 * Page numbers as clients send them, bounded: below 0 is the first page, beyond
 * {@value #MAX_PAGE} the last one anybody could mean. Unbounded, page 100000000 times a
 * page size overflowed the offset (a 500 from PostgreSQL on a negative OFFSET).
 */
public final class Paging {

	/** With 25 rows a page: a quarter of a million rows, more than any list here. */
	public static final int MAX_PAGE = 10_000;

	private Paging() {
	}

	public static int page(int requested) {
		return Math.min(Math.max(requested, 0), MAX_PAGE);
	}

	public static long offset(int page, int size) {
		return (long) page(page) * size;
	}

}
