package nl.regie.referral;

/**
 * When children's safety is at stake, voluntary help is not enough: the household is
 * handed over to Veilig Thuis or a certified youth-protection institution instead of
 * accepted.
 */
final class ChildrenSafeRule implements FitRule {

	@Override
	public String code() {
		return "childrenSafe";
	}

	@Override
	public String question() {
		return "childSafetyConcern";
	}

	@Override
	public boolean metBy(Screening screening) {
		return !screening.childSafetyConcern();
	}

	@Override
	public boolean blocksAcceptance() {
		return true;
	}

}
