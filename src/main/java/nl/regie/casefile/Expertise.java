package nl.regie.casefile;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import nl.regie.organisation.RosterMember;

/**
 * What a team member brings to a household: the expertise they declared, plus what their
 * discipline implies. Codes are life-domain codes and {@code YOUTH} (children in the
 * household).
 */
final class Expertise {

	static final String YOUTH = "YOUTH";

	/** Words in a discipline and the expertise they imply. */
	private static final Map<String, Set<String>> BY_DISCIPLINE_WORD = Map.of("jeugd",
			Set.of(YOUTH, "DOMESTIC_RELATIONS", "WORK_EDUCATION"), "schuld", Set.of("FINANCES"), "ggz",
			Set.of("MENTAL_HEALTH"), "verslaving", Set.of("SUBSTANCE_USE"), "woon", Set.of("HOUSING"), "werk",
			Set.of("WORK_EDUCATION", "FINANCES"), "maatschappelijk", Set.of("DOMESTIC_RELATIONS", "SOCIAL_NETWORK"),
			"bemoeizorg", Set.of("MENTAL_HEALTH", "HOUSING"));

	private Expertise() {
	}

	static Set<String> of(RosterMember member) {
		Set<String> expertise = new HashSet<>(member.expertise());
		String discipline = member.discipline().toLowerCase(Locale.ROOT);
		BY_DISCIPLINE_WORD.forEach((word, implied) -> {
			if (discipline.contains(word)) {
				expertise.addAll(implied);
			}
		});
		return expertise;
	}

	static Set<CaseStage> loadStages() {
		return EnumSet.of(CaseStage.OUTREACH, CaseStage.ACTIVE, CaseStage.CLOSING);
	}

}
