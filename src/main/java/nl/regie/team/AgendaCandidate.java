package nl.regie.team;

import java.util.List;
import java.util.UUID;

import nl.regie.assessment.LifeDomain;

/**
 * Something that needs the team, as a module offers it for the agenda, with the two or
 * three facts needed to discuss it. The name is shown only to the core team; people from
 * outside it see the initial and the question.
 *
 * @param key identifies the item across meetings, e.g.
 * {@code CLOSURE_DOUBT:<case>:<day>}; a new occurrence of the same kind for the same case
 * gets a new key
 * @param caseId the case the item is about, {@code null} for team-wide items
 * @param householdName {@code null} for team-wide items
 * @param initial e.g. "B." for the Bakker household
 * @param waitingDays how long it waits already, {@code null} when that says nothing
 * @param children children under 18 in the household, {@code null} for team-wide items
 * @param referredBy who referred (organisation or kind of referrer), if it matters
 * @param resolvedByDecision a recorded decision takes it off later agendas; otherwise it
 * stays until the situation itself changes (e.g. the case is assigned)
 */
public record AgendaCandidate(String key, AgendaItemKind kind, UUID caseId, UUID householdId, String householdName,
		String initial, String question, List<LifeDomain> lifeDomains, Long waitingDays, Integer children,
		String referredBy, boolean resolvedByDecision) {

	public AgendaCandidate {
		lifeDomains = List.copyOf(lifeDomains);
	}

}
