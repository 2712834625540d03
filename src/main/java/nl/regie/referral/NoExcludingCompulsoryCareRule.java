package nl.regie.referral;

/**
 * The team's help is voluntary: a compulsory-care indication that excludes it rules the
 * team out.
 */
final class NoExcludingCompulsoryCareRule implements FitRule {

	@Override
	public String code() {
		return "noExcludingCompulsoryCare";
	}

	@Override
	public String question() {
		return "compulsoryCareExcludesVoluntaryHelp";
	}

	@Override
	public boolean metBy(Screening screening) {
		return !screening.compulsoryCareExcludesVoluntaryHelp();
	}

	@Override
	public boolean blocksAcceptance() {
		return true;
	}

}
