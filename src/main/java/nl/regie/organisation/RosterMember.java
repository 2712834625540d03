package nl.regie.organisation;

import java.math.BigDecimal;
import java.util.Set;
import java.util.UUID;

/**
 * A team member as other modules see them: who can be assigned to a case and what they
 * bring.
 *
 * @param hoursPerWeek agreed with the home organisation; {@code null} for the outer ring
 * @param username the Regie account, {@code null} for someone who does not sign in
 * @param accountActive the account exists and is enabled
 * @param expertise declared expertise: life-domain codes and {@code YOUTH}
 */
public record RosterMember(UUID id, UUID teamId, String name, TeamPosition position, String homeOrganisation,
		String discipline, BigDecimal hoursPerWeek, String username, boolean accountActive, Set<String> expertise) {

	public RosterMember {
		expertise = Set.copyOf(expertise);
	}

	public boolean coreTeam() {
		return position == TeamPosition.CORE || position == TeamPosition.TEAM_LEADER;
	}

	public boolean outerRing() {
		return position == TeamPosition.OUTER_RING;
	}

}
