package nl.regie.casefile;

/**
 * The forms of closing a case and of the follow-up watch.
 */
final class ClosingForms {

	private ClosingForms() {
	}

	/**
	 * The closing checklist and what the letter to the household says.
	 *
	 * @param achieved what was achieved, in plain words for the letter
	 * @param followUp keep a light watch for the follow-up period
	 * @param version the case's version as shown
	 */
	record Closing(boolean selfSufficient, boolean householdWantsToStop, ClosingFacts.StepOutAnswer stepOutAnswer,
			String supportContinues, String achieved, boolean followUp, int version) {
	}

	/**
	 * @param referrerConsulted who at the referrer was consulted on the risks, and when
	 */
	record WithoutContact(String referrerConsulted, String risks, int version) {
	}

	enum CheckInResult {

		ALL_WELL, CONCERN, REOPEN

	}

	record CheckIn(CheckInResult result, String note) {
	}

}
