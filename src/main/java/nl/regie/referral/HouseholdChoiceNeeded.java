package nl.regie.referral;

import java.util.List;

import nl.regie.household.HouseholdMatch;

/**
 * Regie found households that may be the one referred: the user links the referral to one
 * of them or confirms it is a new household. Nothing was saved.
 */
class HouseholdChoiceNeeded extends RuntimeException {

	private final List<HouseholdMatch> matches;

	HouseholdChoiceNeeded(List<HouseholdMatch> matches) {
		super("possible same household: " + matches.size());
		this.matches = List.copyOf(matches);
	}

	List<HouseholdMatch> matches() {
		return matches;
	}

}
