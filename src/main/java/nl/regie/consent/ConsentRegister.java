package nl.regie.consent;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.regie.casefile.CaseRegistrationAccess.CaseOfHousehold;
import nl.regie.casefile.TeamSharingBasis;
import nl.regie.platform.access.LegalBasis;

import org.springframework.stereotype.Component;

/**
 * For the modules that share: whether a consent of the household holds for a purpose on a
 * day (a task card checks it before it shows anything), and, for the case's access rule,
 * whether the team may share the case within the neighbourhood team.
 */
@Component
public class ConsentRegister implements TeamSharingBasis {

	private final Consents consents;

	private final SharingActs sharing;

	private final Clock clock;

	ConsentRegister(Consents consents, SharingActs sharing, Clock clock) {
		this.consents = consents;
		this.sharing = sharing;
		this.clock = clock;
	}

	public boolean holds(UUID caseId, SharingPurpose purpose, LocalDate day) {
		return consents.anyValid(caseId, purpose, day);
	}

	/**
	 * A consent that holds, as a sharing screen offers it.
	 *
	 * @param validUntil {@code null} until withdrawn
	 */
	public record Holding(UUID id, UUID memberId, String recipient, LocalDate validUntil) {
	}

	/** The case's consents for the purpose that hold on the day. */
	public List<Holding> holding(UUID caseId, SharingPurpose purpose, LocalDate day) {
		return consents.ofCase(caseId)
			.stream()
			.filter(consent -> consent.purpose() == purpose && consent.validOn(day))
			.map(consent -> new Holding(consent.id(), consent.memberId(), consent.recipient(), consent.validUntil()))
			.toList();
	}

	/**
	 * A consent of the case, when it is for the purpose and holds on the day: what a
	 * module that shares on consent rests on.
	 * @return the last day it holds ({@link LocalDate#MAX} until withdrawn), or empty
	 */
	public Optional<LocalDate> holdsUntil(UUID caseId, UUID consentId, SharingPurpose purpose, LocalDate day) {
		return consents.find(caseId, consentId)
			.filter(consent -> consent.purpose() == purpose && consent.validOn(day))
			.map(consent -> consent.validUntil() == null ? LocalDate.MAX : consent.validUntil());
	}

	/**
	 * Records that information left the team on a consent, in the caller's transaction,
	 * as every act of sharing is.
	 */
	public void sharedOnConsent(CaseOfHousehold found, SharingPurpose kind, String recipient, UUID consentId,
			String recordedBy) {
		sharing.add(
				new SharingAct(UUID.randomUUID(), found.caseId(), found.householdId(), kind, recipient,
						LegalBasis.CONSENT, consentId, null, LocalDate.now(clock), recordedBy),
				found.municipalityId(), clock.instant());
	}

	/**
	 * Records an act of sharing on the legal basis the worker chose, in the caller's
	 * transaction: what a module that shares outside the team calls as it shares.
	 * @throws InvalidInput naming each field ({@code legalBasis}, {@code consentId},
	 * {@code explanation}, {@code recipient}) that breaks a rule
	 */
	public void shared(CaseOfHousehold found, SharingPurpose kind, String recipient, LegalBasis basis, UUID consentId,
			String explanation, String recordedBy) {
		record(found, new SharingDraft(kind, recipient, basis, consentId, explanation, null), recordedBy);
	}

	SharingAct record(CaseOfHousehold found, SharingDraft draft, String recordedBy) {
		Optional<Consent> consent = Optional.ofNullable(draft.consentId())
			.flatMap(id -> consents.find(found.caseId(), id));
		SharingAct act = SharingAct.record(draft, found, consent, LocalDate.now(clock), recordedBy);
		sharing.add(act, found.municipalityId(), clock.instant());
		return act;
	}

	@Override
	public boolean recorded(UUID caseId) {
		return sharing.teamBasisHolds(caseId, LocalDate.now(clock));
	}

}
