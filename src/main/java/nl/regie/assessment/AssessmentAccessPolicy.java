package nl.regie.assessment;

import nl.regie.identity.CurrentUser;
import nl.regie.identity.Role;
import nl.regie.platform.access.AccessDecision;

import org.springframework.stereotype.Component;

/**
 * Who may administer the instruments: the functional administrator, who loads the
 * licensed criteria texts. Instruments and texts hold no personal data: reading them is
 * not reported.
 */
@Component
class AssessmentAccessPolicy {

	AccessDecision administerInstruments(CurrentUser user) {
		return user.has(Role.FUNCTIONAL_ADMINISTRATOR) ? AccessDecision.allowed()
				: AccessDecision.refused("access.instruments.adminOnly");
	}

}
