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
			// casefile
			Page.screen("my cases", "casefile", "CASE_MANAGER", Draw.perUser(user -> "/cases/my")),
			Page.api("my cases API", "casefile", "CASE_MANAGER", Draw.perUser(user -> "/api/v1/my-cases")),
			Page.screen("case file (audited)", "casefile", "CASE_MANAGER",
					Draw.ownCases("OUTREACH,ACTIVE,CLOSING,FOLLOW_UP", id -> "/cases/" + id)),
			Page.api("case file API (audited)", "casefile", "CASE_MANAGER",
					Draw.ownCases("OUTREACH,ACTIVE,CLOSING,FOLLOW_UP", id -> "/api/v1/cases/" + id)),
			Page.apiPost("record a contact API", "casefile", "CASE_MANAGER", 201, Draw::newContacts),
			Page.screen("team caseload", "casefile", "TEAM_LEADER", Draw.perUser(user -> "/team/caseload")),
			// team
			Page.screen("team meeting agenda", "team", "TEAM_LEADER", Draw.nextMeeting(id -> "/meetings/" + id)),
			Page.api("team meeting agenda API", "team", "TEAM_LEADER",
					Draw.nextMeeting(id -> "/api/v1/team-meetings/" + id + "/agenda")),
			// household
			Page.screenPost("household search by name", "household", "TEAM_ASSISTANT",
					Draw.householdSearch(true, "/households", Draw::form)),
			Page.screenPost("household search by postcode", "household", "TEAM_ASSISTANT",
					Draw.householdSearch(false, "/households", Draw::form)),
			Page.apiPost("household search by name API", "household", "TEAM_ASSISTANT", 200,
					Draw.householdSearch(true, "/api/v1/households/search", Draw::json)),
			Page.apiPost("household search by postcode API", "household", "TEAM_ASSISTANT", 200,
					Draw.householdSearch(false, "/api/v1/households/search", Draw::json)),
			// identity
			Page.screen("account list", "identity", "FUNCTIONAL_ADMINISTRATOR",
					Draw.perUser(user -> "/admin/accounts")),
			// privacy
			Page.screenPost("audit log by username", "privacy", "PRIVACY_OFFICER", Draw::auditByUsername));

	private Pages() {
	}

}
