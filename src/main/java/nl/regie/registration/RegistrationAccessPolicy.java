package nl.regie.registration;

import java.util.UUID;

import nl.regie.casefile.CaseRegistrationAccess;
import nl.regie.casefile.CaseRegistrationAccess.CaseOfHousehold;
import nl.regie.identity.CurrentUser;
import nl.regie.platform.access.AccessDecision;
import nl.regie.platform.domain.NotFound;

import org.springframework.stereotype.Component;

/**
 * Who may see and record a case's registration: exactly those who may work the case's
 * whole file (its case manager, second visitor and backup, the team leader, a consulted
 * specialist; another team's case is concealed). Notes on the justice domain are
 * criminal-offence data: only the case manager and the backup read them. Every allowed
 * read is reported as the case's own reads are
 * ({@link CaseRegistrationAccess#householdRead}).
 */
@Component
class RegistrationAccessPolicy {

	private final CaseRegistrationAccess cases;

	RegistrationAccessPolicy(CaseRegistrationAccess cases) {
		this.cases = cases;
	}

	AccessDecision screens(CurrentUser user) {
		return cases.screens(user);
	}

	/**
	 * The case, once the user may work it.
	 * @throws NotFound when there is no such case
	 */
	CaseOfHousehold work(CurrentUser user, UUID caseId) {
		return cases.workOn(user, caseId);
	}

	boolean readsCriminalOffenceData(CurrentUser user, CaseOfHousehold found) {
		return cases.caseManagerOrBackup(user, found.caseId());
	}

	/** The case's household was shown: its matrix, card or network. */
	void read(CurrentUser user, CaseOfHousehold found, String resource) {
		cases.householdRead(user, found.caseId(), resource);
	}

	/** What the case holds about one member was shown: their matrix. */
	void readMember(CurrentUser user, CaseOfHousehold found, UUID memberId, String resource) {
		cases.memberRead(user, found.caseId(), memberId, resource);
	}

}
