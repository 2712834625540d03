package nl.regie.consent;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A consent as the worker writes it down, from the screen or the API.
 *
 * @param memberId the household member who consents
 * @param information what may be shared, in plain words
 * @param recipient with whom: an organisation or a person
 * @param purposeNote for what, in plain words
 * @param witness who heard a verbal consent
 * @param validUntil {@code null}: until withdrawn
 */
record ConsentDraft(UUID memberId, SharingPurpose purpose, String information, String recipient, String purposeNote,
		LocalDate givenOn, Consent.GivenHow givenHow, String witness, LocalDate validUntil) {
}
