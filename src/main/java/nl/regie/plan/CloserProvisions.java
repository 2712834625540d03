package nl.regie.plan;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Provisions nearer to the household than a professional (collective, volunteer) that
 * could carry an action, for the nudge; and the professional services an owner may be
 * picked from. Answered from the social map.
 */
interface CloserProvisions {

	/**
	 * @param rung {@code COLLECTIVE}, {@code VOLUNTEER} or {@code PROFESSIONAL}
	 */
	record Option(UUID id, String organisation, String name, OwnerRung rung, String howToRefer, String contact) {

		public String label() {
			return organisation == null || organisation.isBlank() || organisation.equals(name) ? name
					: name + " (" + organisation + ")";
		}

	}

	/**
	 * @param lifeDomain the goal's domain code, {@code null} for any
	 * @param rungs which rungs to look for
	 */
	List<Option> search(UUID municipalityId, String lifeDomain, List<OwnerRung> rungs, int limit);

	/**
	 * @return the option, if the social map has it
	 */
	Optional<Option> find(UUID municipalityId, UUID id);

}
