package nl.regie.referral;

/**
 * The team leader's decision on a referral, as the domain takes it from a form or the
 * API. Which fields an outcome needs is the referral's rule ({@link Referral#decide}).
 */
record Decision(DecisionOutcome outcome, String reason, DeclineReason declineReason, String advice,
		HandoverTarget handoverTo, String referrerMessage) {
}
