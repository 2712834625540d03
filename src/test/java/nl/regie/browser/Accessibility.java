package nl.regie.browser;

import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * axe-core against the page in the browser, for the WCAG 2.1 A and AA rules that the
 * Dutch public sector must meet (EN 301 549) and axe's best practices: the rules pa11y
 * runs for WCAG2AA.
 */
public final class Accessibility {

	private static final List<String> RULES = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice");

	private Accessibility() {
	}

	/**
	 * What every screen must pass at the size the browser has now: not one axe-core
	 * violation, whatever its impact, nothing axe could not decide (a check it leaves "to
	 * review", such as a colour contrast over a background it cannot determine, is one
	 * nobody checked, and pa11y counts it as an error), and no sideways scrolling (WCAG
	 * 1.4.10 reflow).
	 */
	public static void assertUsable(Browser browser, String screen) {
		String where = screen + " at " + browser.viewport();
		Results results = new AxeBuilder().withTags(RULES).analyze(browser.driver());
		if (results.isErrored()) {
			throw new IllegalStateException("axe-core could not check the page: " + results.getErrorMessage());
		}
		if (results.getPasses().isEmpty()) {
			throw new IllegalStateException("axe-core checked no rules at all on " + results.getUrl());
		}
		System.out.println("axe-core, " + where + ": " + report(results.getViolations()) + "; to review: "
				+ report(results.getIncomplete()));
		assertThat(results.getViolations())
			.as(() -> where + ": axe-core violations\n" + report(results.getViolations()))
			.isEmpty();
		assertThat(results.getIncomplete())
			.as(() -> where + ": checks axe-core could not decide\n" + report(results.getIncomplete()))
			.isEmpty();
		assertThat(browser.scrollsHorizontally()).as(where + " scrolls sideways").isFalse();
	}

	/** The rules with the elements involved, for the failure message. */
	private static String report(List<Rule> rules) {
		if (rules.isEmpty()) {
			return "none";
		}
		return rules.stream().map(Accessibility::describe).collect(Collectors.joining("\n"));
	}

	private static String describe(Rule rule) {
		String nodes = rule.getNodes()
			.stream()
			.map(Accessibility::describe)
			.collect(Collectors.joining("\n    ", "\n    ", ""));
		return "%s (%s): %s%s".formatted(rule.getId(), rule.getImpact(), rule.getHelp(), nodes);
	}

	private static String describe(CheckedNode node) {
		return node.getTarget() + " " + String.valueOf(node.getFailureSummary()).replace('\n', ' ');
	}

}
