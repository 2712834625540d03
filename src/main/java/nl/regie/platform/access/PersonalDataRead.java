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
 * @param onBehalfOf what the read rests on when it is not the reader's own right, e.g.
 * {@code emergency-access/<id>} for a break-the-glass access (its reason is kept with the
 * access, not in the log); otherwise {@code null}
 * @param memberId the one member the resource is about (their matrix, the plan printed
 * for them), so that member's "who looked at my file" lists it and another member's does
 * not; {@code null} when the whole household was read
 */
public record PersonalDataRead(UUID userId, UUID municipalityId, String role, UUID householdId, String resource,
		ProcessingActivity processingActivity, String onBehalfOf, UUID memberId) {

	public PersonalDataRead(UUID userId, UUID municipalityId, String role, UUID householdId, String resource,
			ProcessingActivity processingActivity, String onBehalfOf) {
		this(userId, municipalityId, role, householdId, resource, processingActivity, onBehalfOf, null);
	}

	/** A read by the reader's own right. */
	public PersonalDataRead(UUID userId, UUID municipalityId, String role, UUID householdId, String resource,
			ProcessingActivity processingActivity) {
		this(userId, municipalityId, role, householdId, resource, processingActivity, null, null);
	}

	/** The same read, about one member of the household only. */
	public PersonalDataRead aboutMember(UUID member) {
		return new PersonalDataRead(userId, municipalityId, role, householdId, resource, processingActivity, onBehalfOf,
				member);
	}

}
