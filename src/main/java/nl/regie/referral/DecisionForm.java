package nl.regie.referral;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A decision as the form and the API send it. Which fields an outcome needs is the
 * referral's rule ({@link Referral#decide}), so form and API get the same answers.
 *
 * @param version the version of the referral the decision was made on; a decision on an
 * older version lost to someone else's
 */
record DecisionForm(@NotNull Integer version, @NotNull DecisionOutcome outcome, @Size(max = 4000) String reason,
		DeclineReason declineReason, @Size(max = 4000) String advice, HandoverTarget handoverTo,
		@Size(max = 4000) String referrerMessage) {

	/** Empty fields of a form mean "not given". */
	DecisionForm {
		reason = Blank.toNull(reason);
		advice = Blank.toNull(advice);
		referrerMessage = Blank.toNull(referrerMessage);
	}

	Decision toDecision() {
		return new Decision(outcome, reason, declineReason, advice, handoverTo, referrerMessage);
	}

}
