package nl.regie.registration;

import java.util.List;
import java.util.UUID;

import nl.regie.casefile.CaseRegistrationAccess.CaseOfHousehold;
import nl.regie.household.MemberLanguage;
import nl.regie.household.Membership;
import nl.regie.identity.CurrentUser;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Members joining and leaving the case's household and the language they speak, under the
 * case's access rule; the household module keeps the history. Every read is reported.
 */
@Service
class MembershipManagement {

	private final RegistrationAccessPolicy access;

	private final Membership membership;

	MembershipManagement(RegistrationAccessPolicy access, Membership membership) {
		this.access = access;
		this.membership = membership;
	}

	@Transactional
	List<Membership.Period> history(CurrentUser user, UUID caseId) {
		CaseOfHousehold found = access.work(user, caseId);
		access.read(user, found, "household-members");
		return membership.history(found.municipalityId(), found.householdId());
	}

	/**
	 * One member, current or left.
	 * @throws nl.regie.platform.domain.NotFound when the household has no such member
	 */
	@Transactional
	Membership.Period member(CurrentUser user, UUID caseId, UUID memberId) {
		CaseOfHousehold found = access.work(user, caseId);
		Membership.Period member = membership.period(found.municipalityId(), found.householdId(), memberId);
		access.readMember(user, found, memberId, "household-member");
		return member;
	}

	@Transactional
	UUID join(CurrentUser user, UUID caseId, JoiningForm form) {
		CaseOfHousehold found = access.work(user, caseId);
		return membership.join(found.municipalityId(), found.householdId(), form.givenName(), form.familyName(),
				form.dateOfBirth(), form.relation(), form.joinedOn(), form.joinedHow());
	}

	@Transactional
	void leave(CurrentUser user, UUID caseId, UUID memberId, LeavingForm form) {
		CaseOfHousehold found = access.work(user, caseId);
		membership.leave(found.municipalityId(), found.householdId(), memberId, form.leftOn(), form.leftHow());
	}

	@Transactional
	MemberLanguage changeLanguage(CurrentUser user, UUID caseId, UUID memberId, LanguageForm form) {
		CaseOfHousehold found = access.work(user, caseId);
		return membership.changeLanguage(found.municipalityId(), found.householdId(), memberId, form.language(),
				form.interpreter(), form.version());
	}

}
