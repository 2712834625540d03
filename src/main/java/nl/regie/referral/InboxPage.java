package nl.regie.referral;

import java.util.List;

/**
 * A page of the inbox; pages are small because a team's inbox grows for years. The
 * page questions are public because the screen template asks them.
 */
record InboxPage(List<InboxEntry> entries, int page, int size, long total, long referrersToInform) {

	public boolean hasPrevious() {
		return page > 0;
	}

	public boolean hasNext() {
		return (long) (page + 1) * size < total;
	}

}
