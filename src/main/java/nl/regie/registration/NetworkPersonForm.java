package nl.regie.registration;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * Someone added to the network map, from the screen or the API.
 *
 * @param since {@code null} for today
 */
record NetworkPersonForm(NetworkKind kind, String name, String organisation, UUID relatedMemberId, String role,
		NetworkRelation relation, String reach, boolean doNotContact, boolean mustNotKnow,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate since) {

	static NetworkPersonForm empty() {
		return new NetworkPersonForm(null, null, null, null, null, NetworkRelation.SUPPORTS, null, false, false, null);
	}

}
