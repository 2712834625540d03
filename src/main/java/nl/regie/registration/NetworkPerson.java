package nl.regie.registration;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Someone on a household's network map.
 *
 * @param relatedMemberId the member they relate to, {@code null} for the whole household
 * @param until the day they left the map, {@code null} while on it
 */
record NetworkPerson(UUID id, NetworkKind kind, String name, String organisation, UUID relatedMemberId, String role,
		NetworkRelation relation, String reach, boolean doNotContact, boolean mustNotKnow, LocalDate since,
		LocalDate until, int version) {

	public boolean onTheMap() {
		return until == null;
	}

	public boolean onTheMapOn(LocalDate day) {
		return !since.isAfter(day) && (until == null || until.isAfter(day));
	}

	/** Who they are, as a line: the name and the organisation. */
	public String label() {
		if (name == null || name.isBlank()) {
			return organisation;
		}
		return organisation == null || organisation.isBlank() ? name : name + " (" + organisation + ")";
	}

	/**
	 * Never to be contacted, nor told: every later screen leaves them out of its choices.
	 */
	public boolean shielded() {
		return doNotContact || mustNotKnow;
	}

}
