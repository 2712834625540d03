package nl.regie.household;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import nl.regie.platform.domain.InvalidInput;
import nl.regie.platform.domain.InvalidInput.FieldProblem;

/**
 * One member's information shielded from the other members of the household (issue 10):
 * because of domestic violence, because a young person of 16 or older has the right to
 * their own file, or another danger the case manager names. It is lifted, never deleted.
 *
 * @param explanation required for {@link Reason#OTHER_DANGER}; never shown to the
 * household
 * @param liftedOn {@code null} while it holds
 */
public record Shielding(UUID id, UUID householdId, UUID memberId, Reason reason, String explanation, LocalDate since,
		String recordedBy, LocalDate liftedOn, String liftedBy, int version) {

	/**
	 * The age from which a young person alone decides who sees their file (DESIGN §9).
	 */
	static final int OWN_FILE_AGE = 16;

	/** Why a member is shielded. */
	public enum Reason {

		DOMESTIC_VIOLENCE, OWN_FILE, OTHER_DANGER

	}

	/**
	 * Shields a current member from a day on.
	 * @throws InvalidInput naming each problem
	 */
	static Shielding start(HouseholdView.Member member, UUID householdId, Reason reason, String explanation,
			LocalDate since, LocalDate today, String recordedBy) {
		List<FieldProblem> problems = new ArrayList<>();
		String text = explanation == null || explanation.isBlank() ? null : explanation.strip();
		if (reason == null) {
			problems.add(new FieldProblem("reason", "shielding.reason.missing"));
		}
		if (reason == Reason.OTHER_DANGER && text == null) {
			problems.add(new FieldProblem("explanation", "shielding.explanation.missing"));
		}
		if (since == null || since.isAfter(today)) {
			problems.add(new FieldProblem("since", "shielding.since.invalid"));
		}
		else if (reason == Reason.OWN_FILE && member.ageOn(since) < OWN_FILE_AGE) {
			problems.add(new FieldProblem("reason", "shielding.ownFile.tooYoung"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		return new Shielding(UUID.randomUUID(), householdId, member.id(), reason, text, since, recordedBy, null, null,
				0);
	}

	/**
	 * @throws InvalidInput when the day is before the shielding began or after today
	 */
	Shielding lift(LocalDate on, LocalDate today, String by) {
		if (on == null || on.isBefore(since) || on.isAfter(today)) {
			throw InvalidInput.of("liftedOn", "shielding.liftedOn.invalid");
		}
		return new Shielding(id, householdId, memberId, reason, explanation, since, recordedBy, on, by, version);
	}

	public boolean holds() {
		return liftedOn == null;
	}

}
