package nl.regie.casefile;

/**
 * One condition for closing a case (DESIGN §2 step 9), with a reason a person can read
 * when it is not met. The built-in rules are {@link ClosingRules}; a later module adds
 * its own (e.g. "the final matrix is scored") as a Spring bean implementing this
 * interface, and it joins the same checklist. An unmet rule does not block closing: it
 * sends the case to the team as a closure doubt.
 */
public interface ClosingRule {

	/** Stable code, e.g. {@code QUESTION_SOLVED_TWICE}. */
	String code();

	/** Message key of the checklist line. */
	String labelKey();

	boolean metBy(ClosingFacts facts);

}
