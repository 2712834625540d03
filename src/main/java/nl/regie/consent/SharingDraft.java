package nl.regie.consent;

import java.time.LocalDate;
import java.util.UUID;

import nl.regie.platform.access.LegalBasis;

/**
 * An act of sharing as the worker records it.
 *
 * @param consentId the consent it rests on, when the basis is consent
 * @param explanation the professional's weighing, for the grounds that need one
 */
record SharingDraft(SharingPurpose kind, String recipient, LegalBasis legalBasis, UUID consentId, String explanation,
		LocalDate sharedOn) {
}
