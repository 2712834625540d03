package nl.regie.registration;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import nl.regie.assessment.Assessment;
import nl.regie.assessment.Assessments;
import nl.regie.assessment.CriteriaTexts;
import nl.regie.assessment.Instrument;
import nl.regie.assessment.InstrumentDomain;
import nl.regie.assessment.Instruments;
import nl.regie.casefile.CaseRegistrationAccess.CaseOfHousehold;
import nl.regie.household.HouseholdView;
import nl.regie.household.Households;
import nl.regie.identity.CurrentUser;
import nl.regie.platform.domain.NotFound;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The matrix of a case's household as its screens and the API show it, after checking
 * access; justice notes only for the case manager and the backup. Read-write: the audit
 * entry of the read is written with it.
 */
@Service
class MatrixQuery {

	private final RegistrationAccessPolicy access;

	private final Households households;

	private final Instruments instruments;

	private final Assessments assessments;

	private final CriteriaTexts criteria;

	private final Clock clock;

	MatrixQuery(RegistrationAccessPolicy access, Households households, Instruments instruments,
			Assessments assessments, CriteriaTexts criteria, Clock clock) {
		this.access = access;
		this.households = households;
		this.instruments = instruments;
		this.assessments = assessments;
		this.criteria = criteria;
		this.clock = clock;
	}

	/**
	 * One member's matrix: every version (amended ones too), the current ones, the
	 * latest, and the domains to offer in scope next time.
	 *
	 * @param latest {@code null} before the first assessment
	 * @param scope the domains in scope of the latest assessment, or else the referral's
	 * life domains, in the instrument's order
	 */
	record MemberMatrix(CaseOfHousehold caseFile, HouseholdView.Member member, boolean adult, Instrument instrument,
			List<Assessment> versions, List<Assessment> current, Assessment latest, List<InstrumentDomain> scope,
			Map<String, Map<Integer, String>> criteria) {
	}

	/**
	 * The household's matrix: each member with the first and the latest current
	 * assessment (adults), and the domains any of them has in scope, in the instrument's
	 * order.
	 */
	record HouseholdMatrix(CaseOfHousehold caseFile, Instrument instrument, List<MemberRow> members,
			List<InstrumentDomain> domains) {

		public boolean anyAssessed() {
			return members.stream().anyMatch(member -> member.latest() != null);
		}

	}

	/**
	 * @param first {@code null} before the first assessment
	 * @param latest {@code null} before the first assessment
	 */
	record MemberRow(HouseholdView.Member member, int age, boolean adult, Assessment first, Assessment latest) {
	}

	@Transactional
	HouseholdMatrix household(CurrentUser user, UUID caseId) {
		CaseOfHousehold found = access.work(user, caseId);
		access.read(user, found, "assessment-overview");
		return household(found, access.readsCriminalOffenceData(user, found));
	}

	/** The household's matrix for a caller that checked access and reported the read. */
	HouseholdMatrix household(CaseOfHousehold found, boolean justice) {
		HouseholdView household = households.find(found.municipalityId(), found.householdId())
			.orElseThrow(NotFound::new);
		LocalDate today = LocalDate.now(clock);
		Instrument instrument = instruments.defaultInstrument();
		Map<UUID, List<Assessment>> current = assessments.currentOf(found.municipalityId(),
				household.members().stream().map(HouseholdView.Member::id).toList());
		Set<String> scope = new LinkedHashSet<>();
		List<MemberRow> rows = household.members().stream().map(member -> {
			List<Assessment> of = current.getOrDefault(member.id(), List.of())
				.stream()
				.map(assessment -> inTermsOf(instrument,
						assessment.asSeenBy(justice, instruments.get(assessment.instrument()))))
				.toList();
			of.forEach(assessment -> assessment.scores().forEach(score -> scope.add(score.domain())));
			return new MemberRow(member, member.ageOn(today), !member.dateOfBirth().isChildOn(today),
					of.isEmpty() ? null : of.get(0), of.isEmpty() ? null : of.get(of.size() - 1));
		}).toList();
		return new HouseholdMatrix(found, instrument, rows,
				instrument.domains().stream().filter(domain -> scope.contains(domain.code())).toList());
	}

	/**
	 * An assessment in an earlier version, with its levels expressed in the domains of
	 * the instrument the screens show (notes and reasons stay with their own domain).
	 */
	private Assessment inTermsOf(Instrument instrument, Assessment assessment) {
		return assessment.instrument().equals(instrument.code()) ? assessment
				: assessment.expressedIn(instrument.code(), instruments);
	}

	/**
	 * A member's progress over the current assessments, in the default instrument's
	 * domains.
	 */
	Progress progress(MemberMatrix matrix) {
		return Progress.of(matrix.instrument(),
				matrix.current().stream().map(assessment -> inTermsOf(matrix.instrument(), assessment)).toList());
	}

	/** The case, once the user may work it; nothing is read. */
	@Transactional(readOnly = true)
	CaseOfHousehold caseFor(CurrentUser user, UUID caseId) {
		return access.work(user, caseId);
	}

	@Transactional
	MemberMatrix member(CurrentUser user, UUID caseId, UUID memberId) {
		CaseOfHousehold found = access.work(user, caseId);
		HouseholdView household = households.find(found.municipalityId(), found.householdId())
			.orElseThrow(NotFound::new);
		HouseholdView.Member member = household.members()
			.stream()
			.filter(candidate -> candidate.id().equals(memberId))
			.findFirst()
			.orElseThrow(NotFound::new);
		access.readMember(user, found, memberId, "assessment");
		boolean justice = access.readsCriminalOffenceData(user, found);
		Instrument instrument = instruments.defaultInstrument();
		List<Assessment> versions = assessments.ofMember(found.municipalityId(), memberId)
			.stream()
			.map(assessment -> assessment.asSeenBy(justice, instruments.get(assessment.instrument())))
			.toList();
		List<Assessment> current = versions.stream().filter(Assessment::current).toList();
		Assessment latest = current.isEmpty() ? null : current.get(current.size() - 1);
		Set<String> scope = new LinkedHashSet<>();
		if (latest != null) {
			latest.scores()
				.forEach(score -> instruments.mapped(latest.instrument(), score.domain(), instrument.code())
					.forEach(domain -> scope.add(domain.code())));
		}
		else {
			scope.addAll(found.lifeDomains());
		}
		return new MemberMatrix(found, member, !member.dateOfBirth().isChildOn(LocalDate.now(clock)), instrument,
				versions, current, latest,
				instrument.domains().stream().filter(domain -> scope.contains(domain.code())).toList(),
				criteria.of(found.municipalityId(), instrument.code()));
	}

}
