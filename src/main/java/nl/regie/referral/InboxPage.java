package nl.regie.referral;

import java.util.List;

/**
 * A page of the inbox; pages are small because a team's inbox grows for years.
 */
record InboxPage(List<InboxEntry> entries, int page, int size, long total) {

	public boolean hasPrevious() {
		return page > 0;
	}

	public boolean hasNext() {
		return (long) (page + 1) * size < total;
	}

}
