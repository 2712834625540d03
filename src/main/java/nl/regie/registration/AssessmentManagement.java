package nl.regie.registration;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import nl.regie.assessment.AssessedMember;
import nl.regie.assessment.Assessment;
import nl.regie.assessment.AssessmentDraft;
import nl.regie.assessment.Assessments;
import nl.regie.assessment.Instrument;
import nl.regie.assessment.Instruments;
import nl.regie.casefile.CaseRegistrationAccess.CaseOfHousehold;
import nl.regie.household.HouseholdView;
import nl.regie.household.Households;
import nl.regie.identity.CurrentUser;
import nl.regie.platform.domain.InvalidInput;
import nl.regie.platform.domain.NotFound;
import nl.regie.platform.domain.StateConflict;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records a member's matrix on a case, and corrects one by amendment. The matrix itself
 * checks the input ({@link Assessment}); nothing is saved unless all of it is right.
 */
@Service
class AssessmentManagement {

	private final RegistrationAccessPolicy access;

	private final Households households;

	private final Instruments instruments;

	private final Assessments assessments;

	private final Clock clock;

	AssessmentManagement(RegistrationAccessPolicy access, Households households, Instruments instruments,
			Assessments assessments, Clock clock) {
		this.access = access;
		this.households = households;
		this.instruments = instruments;
		this.assessments = assessments;
		this.clock = clock;
	}

	@Transactional
	Assessment record(CurrentUser user, UUID caseId, UUID memberId, AssessmentDraft draft) {
		CaseOfHousehold found = access.work(user, caseId);
		AssessedMember member = member(found, memberId);
		Assessment assessment = Assessment.record(member, instrument(draft), draft, LocalDate.now(clock),
				user.displayName(), clock.instant());
		assessments.save(assessment, user.userId());
		return assessment;
	}

	/**
	 * @throws StateConflict when the assessment was amended already
	 */
	@Transactional
	Assessment amend(CurrentUser user, UUID caseId, UUID assessmentId, AssessmentDraft draft, String reason) {
		CaseOfHousehold found = access.work(user, caseId);
		Assessment original = assessments.find(found.municipalityId(), assessmentId)
			.filter(assessment -> assessment.householdId().equals(found.householdId()))
			.orElseThrow(NotFound::new);
		AssessedMember member = member(found, original.memberId());
		Assessment amended = original.amend(member, instrument(draft), draft, reason, LocalDate.now(clock),
				user.displayName(), clock.instant());
		assessments.save(amended, user.userId());
		return amended;
	}

	private AssessedMember member(CaseOfHousehold found, UUID memberId) {
		HouseholdView household = households.find(found.municipalityId(), found.householdId())
			.orElseThrow(NotFound::new);
		HouseholdView.Member member = household.members()
			.stream()
			.filter(candidate -> candidate.id().equals(memberId))
			.findFirst()
			.orElseThrow(NotFound::new);
		return new AssessedMember(found.municipalityId(), found.householdId(), member.id(), found.caseId(),
				member.dateOfBirth().value());
	}

	private Instrument instrument(AssessmentDraft draft) {
		if (draft.instrument() == null || draft.instrument().isBlank()) {
			return instruments.defaultInstrument();
		}
		return instruments.byCode(draft.instrument())
			.orElseThrow(() -> InvalidInput.of("instrument", "assessment.instrument.unknown"));
	}

}
