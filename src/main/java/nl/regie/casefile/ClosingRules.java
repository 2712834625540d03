package nl.regie.casefile;

import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The closing checklist: the built-in rules of the method, then those other modules add.
 */
@Component
class ClosingRules {

	private final List<ClosingRule> all;

	ClosingRules(ObjectProvider<ClosingRule> contributed) {
		List<ClosingRule> rules = new ArrayList<>(List.of(BuiltIn.values()));
		contributed.orderedStream().forEach(rules::add);
		this.all = List.copyOf(rules);
	}

	List<ClosingRule> all() {
		return all;
	}

	List<ClosingRule> unmetBy(ClosingFacts facts) {
		return all.stream().filter(rule -> !rule.metBy(facts)).toList();
	}

	/** The method's own conditions (DESIGN §2 step 9). */
	enum BuiltIn implements ClosingRule {

		/**
		 * The help question is solved, confirmed more than once: in two different
		 * contacts.
		 */
		QUESTION_SOLVED_TWICE {
			@Override
			public boolean metBy(ClosingFacts facts) {
				return facts.solvedConfirmations() >= 2;
			}
		},

		/** The household is (or seems) self-sufficient. */
		SELF_SUFFICIENT {
			@Override
			public boolean metBy(ClosingFacts facts) {
				return facts.selfSufficient();
			}
		},

		/** The household itself wants to stop. */
		HOUSEHOLD_WANTS_TO_STOP {
			@Override
			public boolean metBy(ClosingFacts facts) {
				return facts.householdWantsToStop();
			}
		},

		/** "Will anything go wrong if I step out?" – "No." */
		NOTHING_GOES_WRONG_WHEN_I_STEP_OUT {
			@Override
			public boolean metBy(ClosingFacts facts) {
				return facts.stepOutAnswer() == ClosingFacts.StepOutAnswer.NO;
			}
		},

		/** How support continues (network, volunteers) is written down. */
		SUPPORT_CONTINUATION_RECORDED {
			@Override
			public boolean metBy(ClosingFacts facts) {
				return facts.supportContinues() != null && !facts.supportContinues().isBlank();
			}
		};

		@Override
		public String code() {
			return name();
		}

		@Override
		public String labelKey() {
			return "closingRule." + name();
		}

	}

}
