package nl.regie.referral;

/**
 * An acute crisis belongs with crisis services first; the team may still take over
 * afterwards.
 */
final class NoAcuteCrisisRule implements FitRule {

	@Override
	public String code() {
		return "noAcuteCrisis";
	}

	@Override
	public String question() {
		return "acuteCrisis";
	}

	@Override
	public boolean metBy(Screening screening) {
		return !screening.acuteCrisis();
	}

	@Override
	public boolean blocksAcceptance() {
		return false;
	}

}
