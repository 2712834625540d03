package nl.regie.bench.load;

import java.util.List;

/**
 * The pages the benchmark measures: one entry per page, grouped by module. A module that
 * lands adds its pages here (and its tables to the generator's steps).
 */
public final class Pages {

	public static final List<Page> ALL = List.of(
			// referral
			Page.screen("referral inbox", "referral", "TEAM_LEADER", Draw.perUser(user -> "/referrals")),
			Page.screen("referral inbox, status filter", "referral", "TEAM_LEADER",
					Draw.perUser(user -> "/referrals?status=RECEIVED")),
			Page.api("referral inbox API", "referral", "TEAM_LEADER", Draw.perUser(user -> "/api/v1/referrals")),
			Page.api("referral inbox API, status filter", "referral", "TEAM_LEADER",
					Draw.perUser(user -> "/api/v1/referrals?status=WAITLISTED")),
			Page.screen("one referral (audited)", "referral", "TEAM_LEADER",
					Draw.teamReferrals(id -> "/referrals/" + id)),
			Page.api("one referral API (audited)", "referral", "TEAM_LEADER",
					Draw.teamReferrals(id -> "/api/v1/referrals/" + id)),
			Page.apiPost("submit a referral API", "referral", "TEAM_ASSISTANT", 201, Draw::newReferrals),
			Page.screen("waitlist", "referral", "TEAM_LEADER", Draw.perUser(user -> "/referrals/waitlist")),
			// identity
			Page.screen("account list", "identity", "FUNCTIONAL_ADMINISTRATOR",
					Draw.perUser(user -> "/admin/accounts")),
			// privacy
			Page.screenPost("audit log by username", "privacy", "PRIVACY_OFFICER", Draw::auditByUsername));

	private Pages() {
	}

}
