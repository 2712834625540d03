package nl.regie.casefile;

import java.time.LocalDate;

/**
 * The forms of the daily work on a case.
 */
final class ContactForms {

	private ContactForms() {
	}

	/** How a contact attempt was made. */
	enum Channel {

		HOME_VISIT, PHONE, LETTER, TEXT_MESSAGE, VIA_NETWORK, VIA_REFERRER, OTHER

	}

	/** What came of an attempt; only {@code REACHED} is real contact. */
	enum AttemptOutcome {

		NO_ANSWER, MESSAGE_LEFT, REFUSED, REACHED

	}

	/** Kinds of contact in the journal. */
	enum ContactType {

		HOME_VISIT, OFFICE, PHONE, ACCOMPANYING, NETWORK_MEETING, GROUP_ACTIVITY, OTHER

	}

	record Attempt(LocalDate triedOn, Channel channel, AttemptOutcome outcome, String note) {
	}

	/**
	 * @param questionSolved the household confirmed in this contact that the help
	 * question is solved (counts for closing)
	 */
	record Contact(LocalDate contactOn, ContactType type, String participants, Integer durationMinutes, String note,
			Boolean questionSolved) {

		boolean solved() {
			return Boolean.TRUE.equals(questionSolved);
		}

	}

	/**
	 * @param existingHelpFate what happens to the help that was already there: continues,
	 * stops, replaced
	 */
	/**
	 * @param letterLanguage {@code nl} or {@code en}: the language the household prefers
	 * for letters
	 */
	record Expectations(LocalDate expectedEnd, String existingHelp, ExistingHelpFate existingHelpFate,
			Integer contactRhythmDays, String letterLanguage) {
	}

	enum ExistingHelpFate {

		CONTINUES, STOPS, REPLACED

	}

}
