package nl.regie.organisation;

import java.util.List;
import java.util.UUID;

import nl.regie.identity.AccountTeams;

import org.springframework.stereotype.Component;

/**
 * Tells the account screens of the identity module which teams a municipality has.
 */
@Component
class TeamsForAccounts implements AccountTeams {

	private final Teams teams;

	TeamsForAccounts(Teams teams) {
		this.teams = teams;
	}

	@Override
	public List<TeamChoice> teamsOf(UUID municipalityId) {
		return teams.rowsOf(municipalityId).stream().map(row -> new TeamChoice(row.id(), row.name())).toList();
	}

}
