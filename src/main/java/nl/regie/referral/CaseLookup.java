package nl.regie.referral;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;

/**
 * What screening needs to know about cases, which the case file module owns and answers
 * (it implements this interface): the referral module may not depend on it, because the
 * case file depends on the referral.
 */
public interface CaseLookup {

	boolean hasOpenCase(UUID householdId);

	/** Of these households, the ones that have (or had) a case of the team. */
	Set<UUID> householdsWithCaseOf(UUID teamId, Collection<UUID> householdIds);

	/** The teams that have (or had) a case of the household. */
	Set<UUID> teamsWithCaseOf(UUID householdId);

	/** Cases of the team in a stage that takes the team's time. */
	int openCaseCount(UUID teamId);

}
