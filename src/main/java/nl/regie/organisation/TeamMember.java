package nl.regie.organisation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A person in a team. Everyone is seconded from a home organisation with a discipline;
 * core-team members also commit hours per week, because the team leader plans the
 * caseload on them (DESIGN §2.3).
 *
 * @param hoursPerWeek {@code null} when not agreed, which only the core team may not be
 */
record TeamMember(UUID id, UUID teamId, String name, TeamPosition position, String homeOrganisation, String discipline,
		BigDecimal hoursPerWeek) {

	static final BigDecimal MAX_HOURS_PER_WEEK = BigDecimal.valueOf(40);

	private static final Pattern PLAIN_HOURS = Pattern.compile("\\d{1,3}([.,]\\d{1,3})?");

	/**
	 * @param hoursPerWeek as typed, Dutch decimal comma allowed ("12,5"); blank when not
	 * agreed
	 */
	static TeamMember join(UUID teamId, String name, TeamPosition position, String homeOrganisation, String discipline,
			String hoursPerWeek) {
		InputCheck check = new InputCheck().text(name, "name", "member.name.required")
			.rule(position != null, "position", "member.position.required")
			.text(homeOrganisation, "homeOrganisation", "member.homeOrganisation.required")
			.text(discipline, "discipline", "member.discipline.required");
		BigDecimal hours = hours(hoursPerWeek, position, check);
		check.orThrow();
		return new TeamMember(UUID.randomUUID(), teamId, name.strip(), position, homeOrganisation.strip(),
				discipline.strip(), hours);
	}

	private static BigDecimal hours(String typed, TeamPosition position, InputCheck check) {
		if (typed == null || typed.isBlank()) {
			check.rule(position != TeamPosition.CORE, "hoursPerWeek", "member.hoursPerWeek.requiredForCore");
			return null;
		}
		// Only plain decimals: BigDecimal also reads "1e999999999", which then overflows.
		if (!PLAIN_HOURS.matcher(typed.strip()).matches()) {
			check.fail("hoursPerWeek", "member.hoursPerWeek.range");
			return null;
		}
		BigDecimal hours = new BigDecimal(typed.strip().replace(',', '.')).setScale(1, RoundingMode.HALF_UP);
		check.rule(hours.signum() > 0 && hours.compareTo(MAX_HOURS_PER_WEEK) <= 0, "hoursPerWeek",
				"member.hoursPerWeek.range");
		return hours;
	}

}
