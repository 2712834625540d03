package nl.regie.bench.load;

import java.util.List;

/**
 * The pages the benchmark measures: one entry per page, grouped by module. A module that
 * lands adds its pages here (and its tables to the generator's steps).
 */
public final class Pages {

	/** The stages in which a case is worked on with the household. */
	private static final String WORKED = "ACTIVE,CLOSING";

	private static final String WITH_PLAN = "exists (select 1 from plan p where p.case_id = c.id)";

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
			// registration
			Page.screen("household card (audited)", "registration", "CASE_MANAGER",
					Draw.ownCases(WORKED, id -> "/cases/" + id + "/card")),
			Page.api("household card API (audited)", "registration", "CASE_MANAGER",
					Draw.ownCases(WORKED, id -> "/api/v1/cases/" + id + "/household-card")),
			Page.screen("matrix (audited)", "registration", "CASE_MANAGER",
					Draw.ownCases(WORKED, id -> "/cases/" + id + "/matrix")),
			Page.screen("network map (audited)", "registration", "CASE_MANAGER",
					Draw.ownCases(WORKED, id -> "/cases/" + id + "/network")),
			// plan
			Page.screen("plan (audited)", "plan", "CASE_MANAGER",
					Draw.ownCases(WORKED, WITH_PLAN, id -> "/cases/" + id + "/plan")),
			Page.api("plan API (audited)", "plan", "CASE_MANAGER",
					Draw.ownCases(WORKED, WITH_PLAN, id -> "/api/v1/cases/" + id + "/plan")),
			Page.screen("plan history (audited)", "plan", "CASE_MANAGER",
					Draw.ownCases(WORKED, WITH_PLAN, id -> "/cases/" + id + "/plan/history")),
			Page.api("plan owner suggestions API", "plan", "CASE_MANAGER",
					Draw.ownCases(WORKED, WITH_PLAN,
							id -> "/api/v1/cases/" + id + "/plan/owner-suggestions?lifeDomain=FINANCES")),
			// consent
			Page.screen("consents (audited)", "consent", "CASE_MANAGER",
					Draw.ownCases(WORKED, id -> "/cases/" + id + "/consents")),
			Page.api("consents API (audited)", "consent", "CASE_MANAGER",
					Draw.ownCases(WORKED, id -> "/api/v1/cases/" + id + "/consents")),
			Page.screen("shielding (audited)", "consent", "CASE_MANAGER",
					Draw.ownCases(WORKED, id -> "/cases/" + id + "/shielding")),
			// taskcard
			Page.screen("task cards of a case", "taskcard", "CASE_MANAGER",
					Draw.ownCases(WORKED, "exists (select 1 from task_card t where t.case_id = c.id)",
							id -> "/cases/" + id + "/task-cards")),
			Page.screen("my task cards (volunteer)", "taskcard", "VOLUNTEER", Draw.perUser(user -> "/task-cards")),
			// socialmap
			Page.screen("social map search", "socialmap", "CASE_MANAGER", Draw.socialMap("/social-map")),
			Page.api("social map search API", "socialmap", "CASE_MANAGER",
					Draw.socialMap("/api/v1/social-map/provisions")),
			// case access (casefile, organisation)
			Page.screen("emergency access reviews", "casefile", "TEAM_LEADER",
					Draw.perUser(user -> "/emergency-access")),
			Page.screen("my consultations (specialist)", "casefile", "OUTER_RING_SPECIALIST",
					Draw.perUser(user -> "/cases/consultations")),
			Page.screen("team access notices", "organisation", "TEAM_LEADER",
					Draw.perUser(user -> "/team/access-notices")),
			// identity
			Page.screen("account list", "identity", "FUNCTIONAL_ADMINISTRATOR",
					Draw.perUser(user -> "/admin/accounts")),
			// privacy
			Page.screenPost("audit log by username", "privacy", "PRIVACY_OFFICER", Draw::auditByUsername));

	private Pages() {
	}

}
