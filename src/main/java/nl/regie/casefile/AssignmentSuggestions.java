package nl.regie.casefile;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import nl.regie.organisation.RosterMember;
import nl.regie.referral.CapacityNorms;

import org.springframework.stereotype.Component;

/**
 * Suggests who could take a case, ranked and explained: expertise against the household's
 * life domains and members (youth background when there are children), and current load
 * against the member's hours and the team's norm. It advises; the team decides.
 *
 * <p>
 * Score: one point per life domain of the case the member knows, two for youth expertise
 * when the household has children, minus twice the load (active cases as a share of the
 * member's norm). Equal loads leave expertise to decide; equal expertise leaves load.
 */
@Component
class AssignmentSuggestions {

	private final CapacityNorms norms;

	AssignmentSuggestions(CapacityNorms norms) {
		this.norms = norms;
	}

	/**
	 * @param candidates core-team members who may be assigned
	 * @param activeCases per member, cases they manage now
	 */
	List<Suggestion> rank(UUID teamId, List<RosterMember> candidates, Map<UUID, Integer> activeCases,
			List<String> lifeDomains, long children) {
		BigDecimal perFte = norms.maxCasesPerFte(teamId);
		List<Suggestion> ranked = new ArrayList<>();
		for (RosterMember member : candidates) {
			Set<String> expertise = Expertise.of(member);
			List<String> known = lifeDomains.stream().filter(expertise::contains).toList();
			boolean youth = children > 0 && expertise.contains(Expertise.YOUTH);
			int cases = activeCases.getOrDefault(member.id(), 0);
			BigDecimal hours = member.hoursPerWeek() == null ? BigDecimal.ZERO : member.hoursPerWeek();
			int norm = hours.divide(CapacityNorms.hoursPerFte(), 4, RoundingMode.HALF_UP)
				.multiply(perFte)
				.setScale(0, RoundingMode.FLOOR)
				.intValue();
			double load = norm == 0 ? 2.0 : (double) cases / norm;
			double score = known.size() + (youth ? 2 : 0) - 2 * load;
			ranked.add(new Suggestion(member, score, youth, known, cases, norm));
		}
		ranked.sort(Comparator.comparingDouble(Suggestion::score).reversed().thenComparing(s -> s.member().name()));
		return ranked;
	}

	/**
	 * @param youth youth expertise for a household with children
	 * @param knownDomains the case's life domains the member knows
	 * @param norm cases this member carries at the team's norm
	 */
	record Suggestion(RosterMember member, double score, boolean youth, List<String> knownDomains, int activeCases,
			int norm) {

		boolean overNorm() {
			return activeCases >= norm;
		}

	}

}
