package nl.regie.casefile;

import java.util.UUID;

/**
 * What the closing rules judge: the case manager's checklist answers and what Regie
 * counted in the contact journal.
 *
 * @param solvedConfirmations in how many different contacts the household confirmed that
 * the help question is solved
 * @param stepOutAnswer the answer to "Will anything go wrong if I step out?"
 * @param supportContinues how support goes on (network, volunteers)
 */
public record ClosingFacts(UUID caseId, int solvedConfirmations, boolean selfSufficient, boolean householdWantsToStop,
		StepOutAnswer stepOutAnswer, String supportContinues) {

	/** "Gaat het mis als ik eruit stap?" */
	public enum StepOutAnswer {

		NO, UNSURE, YES

	}

}
