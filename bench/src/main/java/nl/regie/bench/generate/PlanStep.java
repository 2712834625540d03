package nl.regie.bench.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Module {@code plan}: the plan of nine in ten cases that reached the household, made 1–4
 * weeks after the first contact: 2–5 goals on the case's life domains, 1–3 actions each,
 * owned along the ladder (the household, its network, a collective, volunteer or
 * professional provision of the social map). Every saved change is a version holding the
 * whole plan as JSON, as Regie keeps it: two while making it, then one about every two
 * months as actions progress, at most eight; the household agreed to the first and to
 * some of the later ones. Every version is a read of the case by the case manager.
 */
final class PlanStep implements GeneratorStep {

	private static final int MAX_VERSIONS = 8;

	private static final String[] TARGETS = { "Geen nieuwe schulden en een betalingsregeling voor de oude.",
			"De huur wordt elke maand op tijd betaald.", "De kinderen gaan elke dag naar school.",
			"Twee keer per week iets buiten de deur doen.", "Een vaste huisarts en de medicijnen op orde." };

	private static final String[] ACTIONS = { "Samen de post openen en sorteren", "Aanmelden bij schuldhulp",
			"Gesprek met de woningcorporatie", "Maatje zoeken voor de wekelijkse boodschappen",
			"Afspraak bij de huisarts maken", "Inschrijven bij de buurtkamer" };

	private static final String[] RUNGS = { "HOUSEHOLD", "HOUSEHOLD", "OWN_NETWORK", "COLLECTIVE", "VOLUNTEER",
			"PROFESSIONAL", "PROFESSIONAL", "PROFESSIONAL" };

	private static final List<String> PRACTICAL = List.of("FINANCES", "HOUSING", "WORK_EDUCATION");

	/** Each municipality's provisions in use, by kind, to draw owners from. */
	private final Map<UUID, Map<String, List<City.Provision>>> byKind = new HashMap<>();

	@Override
	public void prepare(City city, CopyTables tables) {
		for (City.Municipality municipality : city.municipalities) {
			Map<String, List<City.Provision>> kinds = new HashMap<>();
			for (City.Provision provision : municipality.socialMap()) {
				kinds.computeIfAbsent(provision.kind(), kind -> new ArrayList<>()).add(provision);
			}
			this.byKind.put(municipality.id(), kinds);
		}
	}

	private record Action(UUID id, String what, String rung, UUID networkPersonId, City.Provision provision,
			String kind, LocalDate dueOn, int startsAt, int doneAt) {
	}

	private record Goal(UUID id, UUID memberId, String domain, String target, boolean urgent, List<Action> actions) {
	}

	@Override
	public void household(City city, GeneratedHousehold household, CopyTables tables) {
		for (GeneratedHousehold.Referral referral : household.referrals) {
			GeneratedHousehold.CaseFile caseFile = referral.caseFile;
			List<String> domains = caseFile == null ? null : household.caseDomains.get(caseFile.id());
			if (domains == null || !city.chance(0.9)) {
				continue;
			}
			LocalDate madeOn = caseFile.firstContactOn().plusDays(city.between(7, 28));
			LocalDate end = caseFile.closedOn() != null ? caseFile.closedOn() : city.today;
			if (!madeOn.isBefore(end)) {
				continue;
			}
			write(city, tables, household, caseFile, domains, madeOn, end);
		}
	}

	private void write(City city, CopyTables tables, GeneratedHousehold household, GeneratedHousehold.CaseFile caseFile,
			List<String> domains, LocalDate madeOn, LocalDate end) {
		City.User caseManager = household.caseManagers.get(caseFile.id());
		List<LocalDate> saved = new ArrayList<>();
		saved.add(madeOn);
		saved.add(madeOn.plusDays(city.between(0, 6)));
		for (LocalDate day = saved.getLast().plusDays(city.between(45, 75)); day.isBefore(end)
				&& saved.size() < MAX_VERSIONS; day = day.plusDays(city.between(45, 75))) {
			saved.add(day);
		}
		int versions = saved.size();
		List<Goal> goals = goals(city, household, domains, madeOn, versions);
		UUID planId = city.id();
		LocalDate reviewedOn = madeOn;
		CopyTables.Table rows = tables.table("plan_version",
				"plan_id, version, municipality_id, content, saved_by, saved_by_name, saved_at, agreed_on");
		for (int v = 1; v <= versions; v++) {
			LocalDate day = saved.get(v - 1);
			LocalDate agreed = (v == 2 || city.chance(0.3)) ? day.plusDays(city.between(0, 7)) : null;
			if (agreed != null && agreed.isAfter(city.today)) {
				agreed = null;
			}
			if (agreed != null && agreed.isAfter(reviewedOn)) {
				reviewedOn = agreed;
			}
			var at = Lifecycle.at(city, day);
			rows.row(planId, v, household.municipalityId(), json(madeOn, goals, v), caseManager.id(),
					caseManager.displayName(), at, agreed);
			household.reads
				.add(new GeneratedHousehold.Read(at, caseManager, "CASE_MANAGER", "plan", "CASE_COORDINATION"));
		}
		boolean caseOpen = Set.of("AWAITING_ASSIGNMENT", "OUTREACH", "ACTIVE", "CLOSING").contains(caseFile.stage());
		tables.table("plan", """
				id, municipality_id, case_id, team_id, household_id, version, made_on, reviewed_on, created_at,
				case_open""")
			.row(planId, household.municipalityId(), caseFile.id(), household.team.id(), household.id, versions, madeOn,
					reviewedOn, Lifecycle.at(city, madeOn), caseOpen);
		for (Goal goal : goals) {
			for (Action action : goal.actions()) {
				if (action.rung().equals("VOLUNTEER")) {
					household.volunteerActions.computeIfAbsent(caseFile.id(), id -> new ArrayList<>()).add(action.id());
				}
			}
		}
	}

	/**
	 * 2–5 goals on the case's domains; the first goal's actions start in the first
	 * version.
	 */
	private List<Goal> goals(City city, GeneratedHousehold household, List<String> domains, LocalDate madeOn,
			int versions) {
		int count = Math.min(domains.size(), city.between(2, 5));
		List<Goal> goals = new ArrayList<>(count);
		Map<String, List<City.Provision>> provisions = this.byKind.get(household.municipalityId());
		for (int g = 0; g < count; g++) {
			String domain = domains.get(g);
			List<Action> actions = new ArrayList<>(3);
			int actionCount = city.between(1, 3);
			for (int a = 0; a < actionCount; a++) {
				String rung = city.pick(RUNGS);
				UUID networkPersonId = null;
				City.Provision provision = null;
				if (rung.equals("OWN_NETWORK")) {
					if (household.supporters.isEmpty()) {
						rung = "HOUSEHOLD";
					}
					else {
						networkPersonId = city.pick(household.supporters);
					}
				}
				else if (!rung.equals("HOUSEHOLD")) {
					List<City.Provision> ofKind = provisions.get(rung);
					provision = ofKind == null || ofKind.isEmpty() ? null : city.pick(ofKind);
				}
				String kind = rung.equals("PROFESSIONAL") && city.chance(0.3) ? "REFERRAL_OUT" : "OWN_INTERVENTION";
				int startsAt = g == 0 ? 1 : city.between(1, 2);
				int doneAt = city.between(startsAt + 1, versions + 3);
				actions.add(new Action(city.id(), city.pick(ACTIONS), rung, networkPersonId, provision, kind,
						madeOn.plusWeeks(city.between(2, 26)), startsAt, doneAt));
			}
			GeneratedHousehold.Member member = city.chance(0.2) ? city.pick(household.members) : null;
			goals.add(new Goal(city.id(), member == null ? null : member.id(), domain, city.pick(TARGETS),
					PRACTICAL.contains(domain) && city.chance(0.3), actions));
		}
		return goals;
	}

	/** The plan as version {@code v} holds it: the JSON of Regie's {@code ActionPlan}. */
	private static String json(LocalDate madeOn, List<Goal> goals, int v) {
		StringBuilder json = new StringBuilder(1024);
		json.append("{\"madeOn\":\"")
			.append(madeOn)
			.append("\",\"ownWords\":\"Dat we weer rust hebben en de rekeningen kunnen betalen.\",")
			.append("\"language\":\"nl\",\"origin\":\"TEAM\",\"conferenceOn\":null,\"coordinator\":null,")
			.append("\"contributesBack\":null,\"goals\":[");
		boolean firstGoal = true;
		for (Goal goal : goals) {
			if (goal.actions().stream().noneMatch(action -> action.startsAt() <= v)) {
				continue;
			}
			json.append(firstGoal ? "" : ",").append("{\"id\":\"").append(goal.id()).append("\",\"memberId\":");
			firstGoal = false;
			json.append(goal.memberId() == null ? "null" : "\"" + goal.memberId() + "\"")
				.append(",\"domain\":\"")
				.append(goal.domain())
				.append("\",\"target\":\"")
				.append(goal.target())
				.append("\",\"urgent\":")
				.append(goal.urgent())
				.append(",\"actions\":[");
			boolean firstAction = true;
			for (Action action : goal.actions()) {
				if (action.startsAt() > v) {
					continue;
				}
				json.append(firstAction ? "" : ",");
				firstAction = false;
				String status = action.doneAt() <= v ? "DONE" : v > action.startsAt() ? "IN_PROGRESS" : "OPEN";
				json.append("{\"id\":\"")
					.append(action.id())
					.append("\",\"what\":\"")
					.append(action.what())
					.append("\",\"kind\":\"")
					.append(action.kind())
					.append("\",\"owner\":{\"rung\":\"")
					.append(action.rung())
					.append("\",\"networkPersonId\":")
					.append(action.networkPersonId() == null ? "null" : "\"" + action.networkPersonId() + "\"")
					.append(",\"provisionId\":")
					.append(action.provision() == null ? "null" : "\"" + action.provision().id() + "\"")
					.append(",\"name\":")
					.append(action.provision() == null ? "null" : quoted(action.provision().name()))
					.append("},\"dueOn\":\"")
					.append(action.dueOn())
					.append("\",\"status\":\"")
					.append(status)
					.append("\",\"droppedReason\":null,\"whyNotCloser\":")
					.append(action.rung().equals("PROFESSIONAL") ? "\"Geen steunend netwerk voor dit onderwerp.\""
							: "null")
					.append(",\"notes\":[],\"sharing\":")
					.append(action.kind().equals("REFERRAL_OUT")
							? "{\"legalBasis\":\"LEGAL_TASK\",\"consentId\":null,\"explanation\":null}" : "null")
					.append('}');
			}
			json.append("]}");
		}
		return json.append("]}").toString();
	}

	private static String quoted(String text) {
		return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}

}
