package nl.regie.consent;

import nl.regie.casefile.CaseDueItems;

import org.springframework.stereotype.Component;

/**
 * On "my cases" from the first contact on, due a week after it: the basis for sharing the
 * case within the team is not on record yet (the first contact may come before it; the
 * rest of the team's work on the file may not).
 */
@Component
class ConsentDueItems implements CaseDueItems {

	@Override
	public String select() {
		return "select 'SHARING_BASIS', c.first_contact_on + 7 where c.stage = 'ACTIVE' and c.first_contact_on is not null"
				+ " and not " + SharingActs.TEAM_BASIS_HOLDS;
	}

}
