package nl.regie.platform.access;

import java.util.UUID;

/**
 * A change in who may read a household, as the policy that decides it reports it: an
 * emergency access opened or refused, reviewed. Logged with the reads, so a trail of the
 * household shows both the access and what was read under it.
 *
 * @param householdId the household the access is about
 * @param resource the record, e.g. {@code case/<id>}
 * @param action what happened, e.g. {@code emergency-access-opened}
 * @param onBehalfOf the access it concerns, e.g. {@code emergency-access/<id>}, or
 * {@code null}
 */
public record AccessEvent(UUID userId, UUID municipalityId, String role, UUID householdId, String resource,
		String action, ProcessingActivity processingActivity, String onBehalfOf) {
}
