package nl.regie.casefile;

import java.util.UUID;

/**
 * The team's pick for a case.
 *
 * @param version the case's version as shown
 * @param meetingId the meeting at whose table it was picked, with the agenda item; both
 * {@code null} outside a meeting
 */
record AssignmentForm(UUID caseManagerId, UUID secondVisitorId, Integer version, UUID meetingId, String itemKey) {
}
