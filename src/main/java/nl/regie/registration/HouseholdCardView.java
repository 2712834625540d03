package nl.regie.registration;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.regie.household.Involvement;

/**
 * The household card in the API: members, address and reach, the help question, who is
 * involved, the latest matrix level per adult and domain, and the network map.
 *
 * @param latestLevels per adult member, the latest level per domain ({@code null} level:
 * not assessed)
 */
record HouseholdCardView(UUID caseId, String postcode, String houseNumber, String phone, List<Member> members,
		String helpQuestion, List<Involvement> involved, List<LatestLevels> latestLevels, NetworkMapView network) {

	/**
	 * @param relation {@code null} when not known
	 */
	record Member(UUID id, String givenName, String familyName, LocalDate dateOfBirth, int age, boolean adult,
			String relation) {
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
							m.relation() == null ? null : m.relation().name()))
					.toList(),
				card.helpQuestion(), card.involved(),
				card.matrix().members().stream().filter(row -> row.latest() != null).map(row -> {
					Map<String, Integer> levels = new LinkedHashMap<>();
					row.latest().scores().forEach(score -> levels.put(score.domain(), score.level()));
					return new LatestLevels(row.member().id(), row.latest().assessedOn(), levels);
				}).toList(), NetworkMapView.of(card.network()));
	}

}
