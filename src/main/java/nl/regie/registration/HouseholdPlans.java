package nl.regie.registration;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What the household agreed in its plan, for the household card. The plan module, which
 * builds on registration (its goals carry the matrix levels, its owners come from the
 * network map), implements this port, so registration reads the plan without depending on
 * it. Callers check who may see the household and report the read.
 */
public interface HouseholdPlans {

	/**
	 * The agreements of the case's plan as it stands, empty when the case has no plan.
	 * One query.
	 */
	Optional<Agreements> agreements(UUID municipalityId, UUID caseId);

	/**
	 * @param version the plan's current version
	 * @param agreedOn the day the household agreed to that version, {@code null} until it
	 * did
	 * @param open the actions still to do (open or started), soonest due first
	 */
	record Agreements(int version, LocalDate agreedOn, List<Agreement> open) {

		public Agreements {
			open = List.copyOf(open);
		}

	}

	/**
	 * An action agreed in the plan.
	 *
	 * @param ownerRung who carries it, e.g. {@code HOUSEHOLD}, {@code OWN_NETWORK},
	 * {@code PROFESSIONAL}
	 * @param ownerName who exactly, {@code null} when the rung says it (the household)
	 * @param dueOn {@code null} when no day was agreed
	 */
	record Agreement(String what, String ownerRung, String ownerName, LocalDate dueOn) {
	}

}
