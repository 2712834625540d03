package nl.regie.referral;

/** The team is for households with problems on several life domains at once. */
final class SeveralLifeDomainsRule implements FitRule {

	@Override
	public String code() {
		return "severalLifeDomains";
	}

	@Override
	public String question() {
		return "severalLifeDomains";
	}

	@Override
	public boolean metBy(Screening screening) {
		return screening.severalLifeDomains();
	}

	@Override
	public boolean blocksAcceptance() {
		return false;
	}

}
