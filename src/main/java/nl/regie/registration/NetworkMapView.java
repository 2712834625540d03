package nl.regie.registration;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The network map in the API. How to reach someone marked "do not contact" or "must not
 * know" is not given out.
 *
 * @param professionalsAtIntake {@code null} before the first contact
 */
record NetworkMapView(List<Person> people, Integer professionalsAtIntake, long professionalsNow) {

	/**
	 * @param until {@code null} while on the map
	 */
	record Person(UUID id, NetworkKind kind, String name, String organisation, UUID relatedMemberId, String role,
			NetworkRelation relation, String reach, boolean doNotContact, boolean mustNotKnow, LocalDate since,
			LocalDate until) {
	}

	static NetworkMapView of(NetworkMapManagement.NetworkMap map) {
		return new NetworkMapView(map.people()
			.stream()
			.map(p -> new Person(p.id(), p.kind(), p.name(), p.organisation(), p.relatedMemberId(), p.role(),
					p.relation(), p.shielded() ? null : p.reach(), p.doNotContact(), p.mustNotKnow(), p.since(),
					p.until()))
			.toList(), map.professionalsAtIntake(), map.professionalsNow());
	}

}
