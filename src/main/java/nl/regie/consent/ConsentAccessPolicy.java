package nl.regie.consent;

import java.util.UUID;

import nl.regie.casefile.CaseRegistrationAccess;
import nl.regie.casefile.CaseRegistrationAccess.CaseOfHousehold;
import nl.regie.identity.CurrentUser;
import nl.regie.platform.access.AccessDecision;
import nl.regie.platform.domain.NotFound;

import org.springframework.stereotype.Component;

/**
 * Who may see and record a case's consents and sharing: those who may work the whole
 * file, the case's own rule; another team's case is concealed. Every read is reported as
 * the case's own reads are.
 */
@Component
class ConsentAccessPolicy {

	private final CaseRegistrationAccess cases;

	ConsentAccessPolicy(CaseRegistrationAccess cases) {
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

	void read(CurrentUser user, CaseOfHousehold found) {
		read(user, found, "consents");
	}

	void read(CurrentUser user, CaseOfHousehold found, String resource) {
		cases.householdRead(user, found.caseId(), resource);
	}

}
