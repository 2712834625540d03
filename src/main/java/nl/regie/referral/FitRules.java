package nl.regie.referral;

import java.util.List;

/**
 * The fit rules in the order the screening form asks them.
 */
final class FitRules {

	static final List<FitRule> ALL = List.of(new SeveralLifeDomainsRule(), new NoAcuteCrisisRule(),
			new ChildrenSafeRule(), new NoExcludingCompulsoryCareRule());

	private FitRules() {
	}

	static List<FitRule> unmetBy(Screening screening) {
		return ALL.stream().filter(rule -> !rule.metBy(screening)).toList();
	}

}
