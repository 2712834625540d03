package nl.regie.referral;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import nl.regie.household.HouseholdMatch;
import nl.regie.platform.domain.InvalidInput;

/**
 * One household, one file — within need-to-know (DESIGN §5): a team links a referral only
 * to a household it already knows (a referral or case of its own), because linking shows
 * the team all the household's members. A household known only to other teams is never
 * linked, and when a member's BSN belongs to it, it cannot become a new household either.
 */
final class HouseholdLinkingPolicy {

	private HouseholdLinkingPolicy() {
	}

	/**
	 * @param matches the households Regie found for the intake
	 * @param knownToTeam of those, the ones the user's team knows
	 * @param linkTo the household the user chose, if any
	 * @param confirmedNew the user checked the matches and none is this household
	 */
	static Choice choose(List<HouseholdMatch> matches, Set<UUID> knownToTeam, UUID linkTo, boolean confirmedNew) {
		Optional<HouseholdMatch> bsnOfAnotherTeam = matches.stream()
			.filter(match -> match.certain() && !knownToTeam.contains(match.householdId()))
			.findFirst();
		if (bsnOfAnotherTeam.isPresent()) {
			return new Choice.OtherTeamsHousehold(bsnOfAnotherTeam.get().householdId(), true);
		}
		if (linkTo != null) {
			if (matches.stream().noneMatch(match -> match.householdId().equals(linkTo))) {
				throw InvalidInput.of("linkToHousehold", "referral.household.notAMatch");
			}
			return knownToTeam.contains(linkTo) ? new Choice.Link(linkTo)
					: new Choice.OtherTeamsHousehold(linkTo, false);
		}
		if (!matches.isEmpty() && !confirmedNew) {
			return new Choice.AskUser(matches.stream()
				.map(match -> HouseholdCandidate.of(match, knownToTeam.contains(match.householdId())))
				.toList());
		}
		if (matches.stream().anyMatch(HouseholdMatch::certain)) {
			throw InvalidInput.of("linkToHousehold", "referral.household.bsnKnown");
		}
		return new Choice.NewHousehold();
	}

	/** What the intake does with the household. */
	sealed interface Choice {

		/** Link the referral to this household of the team's own. */
		record Link(UUID householdId) implements Choice {
		}

		/** Register a new household. */
		record NewHousehold() implements Choice {
		}

		/** Show the user the households that may be this one; save nothing yet. */
		record AskUser(List<HouseholdCandidate> candidates) implements Choice {
		}

		/**
		 * Refuse: the household is another team's.
		 *
		 * @param sameBsn a member's BSN belongs to it, so it cannot be a new household
		 */
		record OtherTeamsHousehold(UUID householdId, boolean sameBsn) implements Choice {
		}

	}

}
