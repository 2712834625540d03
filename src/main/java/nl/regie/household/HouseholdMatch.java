package nl.regie.household;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A household Regie already has that may be the one being referred, and why it may be.
 */
public record HouseholdMatch(UUID householdId, Set<Reason> reasons, List<String> memberNames, String postcode,
		String houseNumber) {

	public HouseholdMatch {
		reasons = Set.copyOf(reasons);
		memberNames = List.copyOf(memberNames);
	}

	/** A BSN identifies a person, so a BSN match is the same household, not a maybe. */
	public boolean certain() {
		return reasons.contains(Reason.SAME_BSN);
	}

	public enum Reason {

		SAME_BSN, SAME_NAME_AND_DATE_OF_BIRTH, SAME_ADDRESS

	}

}
