package nl.regie.referral;

import java.util.List;

import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The intake needs a household only other teams know. Linking it would show that
 * household's members to the user's team (need-to-know, DESIGN §5), so the intake is
 * refused and nothing was saved. The message names the teams, which are no personal data,
 * so the worker can contact them.
 */
class HouseholdOfAnotherTeam extends RuntimeException {

	private final String code;

	private final List<String> teamNames;

	private HouseholdOfAnotherTeam(String code, List<String> teamNames) {
		super(code);
		this.code = code;
		this.teamNames = List.copyOf(teamNames);
	}

	/** A member's BSN belongs to that household: it cannot become a new one either. */
	static HouseholdOfAnotherTeam sameBsn(List<String> teamNames) {
		return new HouseholdOfAnotherTeam("referral.household.otherTeam.bsn", teamNames);
	}

	/** The intake asked to link that household; a new household is still possible. */
	static HouseholdOfAnotherTeam link(List<String> teamNames) {
		return new HouseholdOfAnotherTeam("referral.household.otherTeam.link", teamNames);
	}

	String code() {
		return code;
	}

	/**
	 * The teams for the message; "another team" when no team has the household any more.
	 */
	Object[] arguments() {
		Object teams = teamNames.isEmpty()
				? new DefaultMessageSourceResolvable(new String[] { "referral.household.otherTeam.unnamed" }, null,
						(String) null)
				: String.join(", ", teamNames);
		return new Object[] { teams };
	}

}
