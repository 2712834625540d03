package nl.regie.platform.access;

import java.util.UUID;

/**
 * One read of a household's personal data, as an access policy reports it: who read, in
 * which role, which household, which resource (a screen or API resource, never the data
 * itself) and for which processing activity.
 *
 * @param userId the reader's account
 * @param municipalityId the municipality the household belongs to
 * @param role the role in which the reader read, e.g. {@code TEAM_LEADER}
 * @param householdId the household whose data was read
 * @param resource what was read, e.g. {@code referral} or {@code household-candidates}
 * @param processingActivity the processing activity of Regie's register (GDPR art. 30)
 */
public record PersonalDataRead(UUID userId, UUID municipalityId, String role, UUID householdId, String resource,
		ProcessingActivity processingActivity) {
}
