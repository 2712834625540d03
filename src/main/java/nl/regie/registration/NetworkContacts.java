package nl.regie.registration;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * For the modules that pick people from a household's network map (the plan's action
 * owners, later): the people on the map that may be contacted. Someone marked "do not
 * contact" or "must not know" is never offered, nor anyone who left the map. Callers
 * check who may see the household and report the read, as for any household data.
 */
@Service
public class NetworkContacts {

	private final NetworkMapManagement maps;

	NetworkContacts(NetworkMapManagement maps) {
		this.maps = maps;
	}

	/**
	 * Someone who may be contacted.
	 *
	 * @param kind e.g. {@code FAMILY}, {@code PROFESSIONAL}
	 * @param relatedMemberId {@code null} for the whole household
	 */
	public record Contact(UUID id, String kind, String label, String role, String reach, UUID relatedMemberId) {
	}

	@Transactional(readOnly = true)
	public List<Contact> offerable(UUID municipalityId, UUID householdId) {
		return maps.people(municipalityId, householdId)
			.stream()
			.filter(NetworkPerson::onTheMap)
			.filter(person -> !person.shielded())
			.map(person -> new Contact(person.id(), person.kind().name(), person.label(), person.role(), person.reach(),
					person.relatedMemberId()))
			.toList();
	}

}
