package nl.regie.organisation;

/**
 * Adds a person to a team.
 *
 * @param hoursPerWeek as typed, so "12,5" and a wrong entry can be shown back unchanged
 */
record MemberForm(String name, TeamPosition position, String homeOrganisation, String discipline, String hoursPerWeek) {

	static MemberForm empty() {
		return new MemberForm("", TeamPosition.CORE, "", "", "");
	}

}
