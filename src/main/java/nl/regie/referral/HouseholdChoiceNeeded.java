package nl.regie.referral;

import java.util.List;

/**
 * Regie found households that may be the one referred: the user links the referral to one
 * of them or confirms it is a new household. Nothing was saved.
 */
class HouseholdChoiceNeeded extends RuntimeException {

	private final List<HouseholdCandidate> matches;

	HouseholdChoiceNeeded(List<HouseholdCandidate> matches) {
		super("possible same household: " + matches.size());
		this.matches = List.copyOf(matches);
	}

	List<HouseholdCandidate> matches() {
		return matches;
	}

}
