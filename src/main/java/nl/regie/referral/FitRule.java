package nl.regie.referral;

/**
 * One fit rule of the screening (DESIGN §2 step 2). Its texts live in the bundle under
 * {@code fit.<code>.question}, {@code .explanation} and {@code .unmet}, the last one being the
 * reason a team leader reads when the rule is not met.
 */
interface FitRule {

	String code();

	boolean metBy(Screening screening);

	/** An unmet blocking rule forbids accepting the household for voluntary help; others warn. */
	boolean blocksAcceptance();

	default String unmetKey() {
		return "fit." + code() + ".unmet";
	}

}
