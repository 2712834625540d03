package nl.regie.referral;

/**
 * One fit rule of the screening (DESIGN §2 step 2). The reason a team leader reads when
 * the rule is not met lives in the bundle under {@code fit.<code>.unmet}.
 */
interface FitRule {

	String code();

	/**
	 * The screening form's field that asks about the rule; its texts are
	 * {@code screening.<question>}.
	 */
	String question();

	boolean metBy(Screening screening);

	/**
	 * An unmet blocking rule forbids accepting the household for voluntary help; others
	 * warn.
	 */
	boolean blocksAcceptance();

	default String unmetKey() {
		return "fit." + code() + ".unmet";
	}

}
