package nl.regie.registration;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.regie.casefile.CaseRegistrationAccess;
import nl.regie.household.Involvement;

/**
 * The household card in the API: members with their language, address and reach, the help
 * question, who is involved, the plan's agreements, the latest matrix level per adult and
 * domain, the next things due, and the network map.
 *
 * @param latestLevels per adult member, the latest level per domain ({@code null} level:
 * not assessed)
 * @param agreements {@code null} while the case has no plan
 * @param nextDue the next things due on the case, soonest first
 */
record HouseholdCardView(UUID caseId, String postcode, String houseNumber, String phone, List<Member> members,
		String helpQuestion, List<Involvement> involved, HouseholdPlans.Agreements agreements,
		List<LatestLevels> latestLevels, List<CaseRegistrationAccess.Due> nextDue, NetworkMapView network) {

	/**
	 * @param relation {@code null} when not known
	 * @param language an ISO 639 code, {@code null} when not recorded
	 * @param languageVersion the version to change the language on
	 */
	record Member(UUID id, String givenName, String familyName, LocalDate dateOfBirth, int age, boolean adult,
			String relation, String language, boolean interpreterNeeded, int languageVersion) {
	}

	/**
	 * @param levels domain code → level, {@code null} when not assessed
	 */
	record LatestLevels(UUID memberId, LocalDate assessedOn, Map<String, Integer> levels) {
	}

	static HouseholdCardView of(HouseholdCardQuery.HouseholdCard card) {
		return new HouseholdCardView(card.caseFile().caseId(), card.household().postcode(),
				card.household().houseNumber(), card.household().phone(),
				card.household()
					.members()
					.stream()
					.map(m -> new Member(m.id(), m.givenName(), m.familyName(), m.dateOfBirth().value(),
							m.ageOn(card.today()), !m.dateOfBirth().isChildOn(card.today()),
							m.relation() == null ? null : m.relation().name(), m.language().code(),
							m.language().interpreterNeeded(), m.language().version()))
					.toList(),
				card.helpQuestion(), card.involved(), card.agreements(),
				card.matrix().members().stream().filter(row -> row.latest() != null).map(row -> {
					Map<String, Integer> levels = new LinkedHashMap<>();
					row.latest().scores().forEach(score -> levels.put(score.domain(), score.level()));
					return new LatestLevels(row.member().id(), row.latest().assessedOn(), levels);
				}).toList(), card.due(), NetworkMapView.of(card.network()));
	}

}
