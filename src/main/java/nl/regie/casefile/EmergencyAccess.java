package nl.regie.casefile;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import nl.regie.identity.CurrentUser;
import nl.regie.platform.domain.InvalidInput;
import nl.regie.platform.domain.StateConflict;

/**
 * Break-the-glass (DESIGN §5, issue 10): in an emergency a member of the case's team who
 * may not read the file opens it after stating why. The access ends by itself after a
 * fixed time, every read during it is logged as resting on it, and the team leader and
 * the privacy officer each review it once. Nothing about the access changes after it was
 * opened but those two reviews.
 *
 * @param reason why, in the holder's words (kept here, not in the audit log)
 * @param leaderReview the team leader's review, or {@code null} while open
 * @param privacyReview the privacy officer's review, or {@code null} while open
 */
record EmergencyAccess(UUID id, UUID municipalityId, UUID teamId, UUID caseId, UUID userId, String username,
		String displayName, String role, String reason, Instant openedAt, Instant expiresAt, Review leaderReview,
		Review privacyReview) {

	/** Enough for a sentence that says why; a word or two is not a reason. */
	static final int SHORTEST_REASON = 10;

	static final int LONGEST_REASON = 2000;

	static final int LONGEST_NOTE = 2000;

	/**
	 * Opens an access for the user to the case, from now for the given time.
	 * @throws InvalidInput without a reason of at least {@link #SHORTEST_REASON}
	 * characters
	 */
	static EmergencyAccess open(CaseFile file, CurrentUser user, String reason, Instant now, Duration duration) {
		String stated = reason == null ? "" : reason.strip();
		if (stated.isEmpty()) {
			throw InvalidInput.of("reason", "emergencyAccess.reason.required");
		}
		if (stated.length() < SHORTEST_REASON) {
			throw InvalidInput.of("reason", "emergencyAccess.reason.tooShort");
		}
		if (stated.length() > LONGEST_REASON) {
			throw InvalidInput.of("reason", "emergencyAccess.reason.tooLong");
		}
		return new EmergencyAccess(UUID.randomUUID(), file.municipalityId(), file.teamId(), file.id(), user.userId(),
				user.username(), user.displayName(), user.mainRole().name(), stated, now, now.plus(duration), null,
				null);
	}

	/** Public for the review screen's template. */
	public boolean activeAt(Instant now) {
		return !now.isBefore(openedAt) && now.isBefore(expiresAt);
	}

	/** How the audit log names what a read during this access rests on. */
	String ground() {
		return "emergency-access/" + id;
	}

	/**
	 * The review of one reviewer: the team leader's or the privacy officer's, once each.
	 * @throws StateConflict when that review was already recorded
	 * @throws InvalidInput without a verdict, or "not justified" without a note
	 */
	EmergencyAccess reviewed(Reviewer reviewer, Verdict verdict, String note, String reviewedBy, Instant now) {
		if ((reviewer == Reviewer.TEAM_LEADER ? leaderReview : privacyReview) != null) {
			throw new StateConflict("emergencyAccess.review.alreadyRecorded");
		}
		Review review = Review.of(verdict, note, reviewedBy, now);
		return reviewer == Reviewer.TEAM_LEADER
				? new EmergencyAccess(id, municipalityId, teamId, caseId, userId, username, displayName, role, reason,
						openedAt, expiresAt, review, privacyReview)
				: new EmergencyAccess(id, municipalityId, teamId, caseId, userId, username, displayName, role, reason,
						openedAt, expiresAt, leaderReview, review);
	}

	/** Who reviews an access: both, each on their own. */
	enum Reviewer {

		TEAM_LEADER, PRIVACY_OFFICER

	}

	enum Verdict {

		JUSTIFIED, NOT_JUSTIFIED

	}

	/**
	 * @param note why, required when the access was not justified
	 */
	record Review(Verdict verdict, String note, String reviewedBy, Instant reviewedAt) {

		static Review of(Verdict verdict, String note, String reviewedBy, Instant now) {
			String written = note == null || note.isBlank() ? null : note.strip();
			List<InvalidInput.FieldProblem> problems = new ArrayList<>();
			if (verdict == null) {
				problems.add(new InvalidInput.FieldProblem("verdict", "emergencyAccess.review.verdict.required"));
			}
			if (verdict == Verdict.NOT_JUSTIFIED && written == null) {
				problems.add(new InvalidInput.FieldProblem("note", "emergencyAccess.review.note.required"));
			}
			if (written != null && written.length() > LONGEST_NOTE) {
				problems.add(new InvalidInput.FieldProblem("note", "emergencyAccess.review.note.tooLong"));
			}
			if (!problems.isEmpty()) {
				throw new InvalidInput(problems);
			}
			return new Review(verdict, written, reviewedBy, now);
		}

	}

}
