package nl.regie.referral;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import nl.regie.household.HouseholdMatch;

/**
 * A household Regie found for an intake, as the user may see it. Names and address are
 * shown only when the household is known to the user's own team: otherwise typing an
 * address or a BSN would tell any team who lives where and which households another team
 * works with.
 *
 * @param householdId {@code null} when known to another team: an id would let the user's
 * team look the household up elsewhere
 * @param knownToAnotherTeam the household has no referral or case of the user's team
 * @param memberNames empty when known to another team
 * @param postcode {@code null} when known to another team
 * @param houseNumber {@code null} when known to another team
 */
record HouseholdCandidate(UUID householdId, Set<HouseholdMatch.Reason> reasons, boolean knownToAnotherTeam,
		List<String> memberNames, String postcode, String houseNumber) {

	HouseholdCandidate {
		reasons = Set.copyOf(reasons);
		memberNames = List.copyOf(memberNames);
	}

	static HouseholdCandidate of(HouseholdMatch match, boolean ownTeam) {
		if (ownTeam) {
			return new HouseholdCandidate(match.householdId(), match.reasons(), false, match.memberNames(),
					match.postcode(), match.houseNumber());
		}
		return new HouseholdCandidate(null, match.reasons(), true, List.of(), null, null);
	}

}
