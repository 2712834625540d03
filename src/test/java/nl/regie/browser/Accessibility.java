package nl.regie.browser;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * axe-core against the page in the browser, for the WCAG 2.1 A and AA rules that the
 * Dutch public sector must meet (EN 301 549).
 */
public final class Accessibility {

	private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

	private static final Set<String> BLOCKING = Set.of("serious", "critical");

	private final List<Rule> violations;

	private Accessibility(List<Rule> violations) {
		this.violations = violations;
	}

	/**
	 * What every screen must pass at the size the browser has now: no serious or critical
	 * axe-core violation, and no sideways scrolling (WCAG 1.4.10 reflow). Every
	 * violation, also a minor one, is printed, so people see them before they become
	 * blocking.
	 * @return the result, for tests that demand more
	 */
	public static Accessibility assertUsable(Browser browser, String screen) {
		String where = screen + " at " + browser.viewport();
		Accessibility axe = check(browser);
		System.out.println("axe-core, " + where + ": " + axe.report());
		assertThat(axe.blockingViolations()).as(() -> where + ":\n" + axe.report()).isEmpty();
		assertThat(browser.scrollsHorizontally()).as(where + " scrolls sideways").isFalse();
		return axe;
	}

	private static Accessibility check(Browser browser) {
		Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(browser.driver());
		if (results.isErrored()) {
			throw new IllegalStateException("axe-core could not check the page: " + results.getErrorMessage());
		}
		if (results.getPasses().isEmpty()) {
			throw new IllegalStateException("axe-core checked no rules at all on " + results.getUrl());
		}
		return new Accessibility(results.getViolations());
	}

	/** Violations that stop or seriously hinder someone using assistive technology. */
	List<String> blockingViolations() {
		return violations.stream().filter(rule -> BLOCKING.contains(rule.getImpact())).map(Rule::getId).toList();
	}

	/** Every violation, also minor ones. */
	public List<String> violations() {
		return violations.stream().map(Rule::getId).toList();
	}

	/**
	 * Every violation, also minor ones, with the elements involved, for the failure
	 * message.
	 */
	String report() {
		if (violations.isEmpty()) {
			return "no violations";
		}
		return violations.stream().map(Accessibility::describe).collect(Collectors.joining("\n"));
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
