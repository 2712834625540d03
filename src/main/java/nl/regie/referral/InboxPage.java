package nl.regie.referral;

import java.util.List;

/**
 * A page of the inbox; pages are small because a team's inbox grows for years.
 */
record InboxPage(List<InboxEntry> entries, int page, int size, long total) {

	/** Public like the next one: the inbox template calls them, and SpEL only calls public methods. */
	public boolean hasPrevious() {
		return page > 0;
	}

	public boolean hasNext() {
		return (long) (page + 1) * size < total;
	}

}
