package nl.regie.bench.generate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Module {@code registration} (with the assessment instruments): for every case that
 * reached the household, the life domains it works on (3–6 of the Self-Sufficiency Matrix
 * 2017, finances in most), the matrix of each adult member at intake (within two weeks of
 * the first contact), every six months while the case is worked on and at the closing
 * proposal, with a score per domain in scope (levels rising over the case, 5 % not
 * assessed with a reason); the household card's help question; and the network map: 0–6
 * people and organisations, a tenth of them gone from the map, a few marked "do not
 * contact" or "must not know". Each assessment and each network change is a read of the
 * case file by the case manager.
 */
final class RegistrationStep implements GeneratorStep {

	static final String INSTRUMENT = "ZRM_2017";

	static final String[] DOMAINS = { "FINANCES", "WORK_EDUCATION", "TIME_USE", "HOUSING", "DOMESTIC_RELATIONS",
			"MENTAL_HEALTH", "PHYSICAL_HEALTH", "SUBSTANCE_USE", "BASIC_ADL", "INSTRUMENTAL_ADL", "SOCIAL_NETWORK",
			"SOCIAL_PARTICIPATION", "JUSTICE" };

	private static final String[] NOT_ASSESSED = { "UNKNOWN_YET", "NOT_DISCUSSED", "MEMBER_DECLINED" };

	private static final String[] STRENGTHS = { "OWN_STRENGTH", "OWN_NETWORK", "PROFESSIONAL_HELP" };

	private static final String[] KINDS = { "FAMILY", "FAMILY", "FRIEND", "NEIGHBOUR", "VOLUNTEER", "PROFESSIONAL",
			"OTHER" };

	private static final String[] RELATIONS = { "SUPPORTS", "SUPPORTS", "SUPPORTS", "STRAINS", "BOTH", "UNKNOWN" };

	private static final String[] HELP = { "We willen van de schulden af en weer rust in huis.",
			"Ik wil dat de kinderen weer naar school gaan en dat we kunnen blijven wonen.",
			"Hulp bij de post en de huur, en iemand om mee te praten.",
			"Een eigen huis voor mij en de kinderen, en werk." };

	@Override
	public void household(City city, GeneratedHousehold household, CopyTables tables) {
		boolean carded = false;
		for (GeneratedHousehold.Referral referral : household.referrals) {
			GeneratedHousehold.CaseFile caseFile = referral.caseFile;
			City.User caseManager = caseFile == null ? null : household.caseManagers.get(caseFile.id());
			if (caseManager == null || caseFile.firstContactOn() == null) {
				continue;
			}
			List<String> domains = domains(city);
			household.caseDomains.put(caseFile.id(), domains);
			assessments(city, tables, household, caseFile, caseManager, domains);
			if (!carded) {
				carded = true;
				tables.table("household_card", "household_id, municipality_id, help_question, written_by, written_at")
					.row(household.id, household.municipalityId(), city.chance(0.85) ? city.pick(HELP) : null,
							caseManager.id(), Lifecycle.at(city, caseFile.firstContactOn()));
				network(city, tables, household, caseFile, caseManager);
			}
		}
	}

	/** 3–6 domains, finances in four of five cases. */
	private static List<String> domains(City city) {
		List<String> domains = new ArrayList<>(6);
		if (city.chance(0.8)) {
			domains.add("FINANCES");
		}
		int count = city.between(3, 6);
		while (domains.size() < count) {
			String domain = city.pick(DOMAINS);
			if (!domains.contains(domain)) {
				domains.add(domain);
			}
		}
		return domains;
	}

	private static void assessments(City city, CopyTables tables, GeneratedHousehold household,
			GeneratedHousehold.CaseFile caseFile, City.User caseManager, List<String> domains) {
		LocalDate until = caseFile.closingProposedOn() != null ? caseFile.closingProposedOn() : city.today;
		LocalDate intake = caseFile.firstContactOn().plusDays(city.between(0, 14));
		List<LocalDate> days = new ArrayList<>();
		List<String> kinds = new ArrayList<>();
		for (LocalDate day = intake; !day.isAfter(until) && day.isBefore(city.today); day = day.plusMonths(6)) {
			days.add(day);
			kinds.add(days.size() == 1 ? "INTAKE" : "REVIEW");
		}
		if (caseFile.closingProposedOn() != null && !days.isEmpty() && days.getLast().isBefore(until)) {
			days.add(until);
			kinds.add("CLOSING");
		}
		for (GeneratedHousehold.Member member : household.members) {
			if (!member.adultOn(intake)) {
				continue;
			}
			int[] levels = new int[domains.size()];
			for (int d = 0; d < levels.length; d++) {
				levels[d] = city.between(1, 3);
			}
			for (int i = 0; i < days.size(); i++) {
				UUID id = city.id();
				Instant at = Lifecycle.at(city, days.get(i));
				tables.table("assessment", """
						id, municipality_id, household_id, member_id, case_id, instrument_code, kind, assessed_by,
						assessed_on, recorded_by, recorded_by_name, recorded_at""")
					.row(id, household.municipalityId(), household.id, member.id(), caseFile.id(), INSTRUMENT,
							kinds.get(i), city.chance(0.6) ? "TOGETHER" : "CASE_MANAGER", days.get(i), caseManager.id(),
							caseManager.displayName(), at);
				CopyTables.Table scores = tables.table("assessment_score",
						"assessment_id, instrument_code, domain_code, level, not_assessed_reason, note, strength");
				for (int d = 0; d < levels.length; d++) {
					if (i > 0 && levels[d] < 5 && city.chance(0.5)) {
						levels[d]++;
					}
					boolean assessed = !city.chance(0.05);
					scores.row(id, INSTRUMENT, domains.get(d), assessed ? levels[d] : null,
							assessed ? null : city.pick(NOT_ASSESSED), null,
							assessed && city.chance(0.5) ? city.pick(STRENGTHS) : null);
				}
				household.reads
					.add(new GeneratedHousehold.Read(at, caseManager, "CASE_MANAGER", "matrix", "CASE_COORDINATION"));
			}
		}
	}

	private static void network(City city, CopyTables tables, GeneratedHousehold household,
			GeneratedHousehold.CaseFile caseFile, City.User caseManager) {
		int people = city.between(0, 6);
		for (int i = 0; i < people; i++) {
			UUID id = city.id();
			String kind = city.pick(KINDS);
			boolean organisation = kind.equals("PROFESSIONAL");
			String relation = city.pick(RELATIONS);
			LocalDate since = caseFile.firstContactOn().plusDays(city.between(0, 60));
			if (since.isAfter(city.today)) {
				since = city.today;
			}
			LocalDate until = city.chance(0.1) && since.plusDays(30).isBefore(city.today) ? since.plusDays(30) : null;
			boolean mustNotKnow = relation.equals("STRAINS") && city.chance(0.2);
			GeneratedHousehold.Member related = city.pick(household.members);
			Instant at = Lifecycle.at(city, since);
			tables.table("network_person", """
					id, municipality_id, household_id, kind, name, organisation, related_member_id, role, relation,
					reach, do_not_contact, must_not_know, since, until, recorded_by, recorded_at""")
				.row(id, household.municipalityId(), household.id, kind,
						organisation ? null
								: city.pick(city.names.givenNames) + " " + city.pick(city.names.familyNames),
						organisation ? city.pick(city.names.organisations) : null, related.id(),
						organisation ? "hulpverlener" : "helpt met boodschappen", relation,
						String.format("06%08d", city.random.nextInt(100_000_000)), mustNotKnow || city.chance(0.03),
						mustNotKnow, since, until, caseManager.id(), at);
			if (until == null && relation.equals("SUPPORTS") && !organisation) {
				household.supporters.add(id);
			}
			household.reads
				.add(new GeneratedHousehold.Read(at, caseManager, "CASE_MANAGER", "network", "CASE_COORDINATION"));
		}
	}

}
