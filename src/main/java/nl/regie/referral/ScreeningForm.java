package nl.regie.referral;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The screening as the form and the API send it; unanswered yes/no questions mean no.
 */
record ScreeningForm(Boolean severalLifeDomains, Boolean acuteCrisis, Boolean childSafetyConcern,
		Boolean compulsoryCareExcludesVoluntaryHelp, @NotNull CoordinationOutcome coordinationOutcome,
		@Size(max = 200) String coordinationAgreedBy, @Size(max = 4000) String notes) {

	Screening toScreening() {
		return new Screening(Boolean.TRUE.equals(severalLifeDomains), Boolean.TRUE.equals(acuteCrisis),
				Boolean.TRUE.equals(childSafetyConcern), Boolean.TRUE.equals(compulsoryCareExcludesVoluntaryHelp),
				coordinationOutcome, Blank.toNull(coordinationAgreedBy), Blank.toNull(notes));
	}

	static ScreeningForm of(Screening screening) {
		return new ScreeningForm(screening.severalLifeDomains(), screening.acuteCrisis(),
				screening.childSafetyConcern(), screening.compulsoryCareExcludesVoluntaryHelp(),
				screening.coordinationOutcome(), screening.coordinationAgreedBy(), screening.notes());
	}

}
