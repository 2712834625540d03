package nl.regie.platform.access;

/**
 * The processing activities of Regie's register (GDPR art. 30), table
 * {@code processing_activity}: every read and security event in the audit log names one.
 * A type instead of a string, so that a read cannot be reported under an activity the
 * register does not hold; {@code ProcessingActivityRegisterTest} keeps both in step.
 */
public enum ProcessingActivity {

	REFERRAL_SCREENING, CASE_COORDINATION, TEAM_MEETING, ACCOUNT_SECURITY, PRIVACY_OVERSIGHT

}
