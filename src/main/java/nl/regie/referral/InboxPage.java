package nl.regie.referral;

import java.util.List;
import java.util.Map;

/**
 * A page of the inbox; pages are small because a team's inbox grows for years. The page
 * questions are public because the screen template asks them.
 *
 * @param countsByStatus the team's referrals per status, whatever the filter
 * @param waitingTooLong referrals still waiting for more than the signal's number of days
 */
record InboxPage(List<InboxEntry> entries, int page, int size, long total, long referrersToInform,
		Map<ReferralStatus, Long> countsByStatus, long waitingTooLong, int waitingSignalDays) {

	public boolean hasPrevious() {
		return page > 0;
	}

	public boolean hasNext() {
		return (long) (page + 1) * size < total;
	}

}
