package nl.regie.casefile;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

import nl.regie.casefile.EmergencyAccess.Reviewer;
import nl.regie.casefile.EmergencyAccess.Verdict;
import nl.regie.identity.CurrentUser;
import nl.regie.identity.Role;
import nl.regie.platform.access.AccessDecision;
import nl.regie.platform.access.AccessEvent;
import nl.regie.platform.access.AccessRefused;
import nl.regie.platform.access.PersonalDataReads;
import nl.regie.platform.access.ProcessingActivity;
import nl.regie.platform.domain.InvalidInput;
import nl.regie.platform.domain.NotFound;
import nl.regie.platform.domain.StateConflict;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Opening a break-the-glass access and reviewing it. The opening and every refusal of it
 * are logged: a refusal in a transaction of its own, since the refused one saves nothing.
 */
@Service
class EmergencyAccessManagement {

	private final CaseFiles files;

	private final CaseAccessPolicy access;

	private final EmergencyAccesses accesses;

	private final PersonalDataReads log;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final Duration duration;

	EmergencyAccessManagement(CaseFiles files, CaseAccessPolicy access, EmergencyAccesses accesses,
			PersonalDataReads log, PlatformTransactionManager transactionManager, Clock clock,
			@Value("${regie.emergency-access.duration:PT4H}") Duration duration) {
		this.files = files;
		this.access = access;
		this.accesses = accesses;
		this.log = log;
		this.transactions = new TransactionTemplate(transactionManager);
		this.clock = clock;
		this.duration = duration;
	}

	/** How long an access lasts, for the form to say. */
	Duration duration() {
		return duration;
	}

	/**
	 * The case, when the user may ask for emergency access to it.
	 * @throws StateConflict when the user may read the file already
	 */
	CaseFile askable(CurrentUser user, UUID caseId) {
		CaseFile file = files.find(caseId).orElseThrow(NotFound::new);
		if (access.work(user, file).isAllowed()) {
			throw new StateConflict("emergencyAccess.notNeeded");
		}
		access.breakTheGlass(user, file).orRefuse();
		return file;
	}

	/**
	 * Where the user stands on the case's page: reading under an emergency access until
	 * when, or able to ask for one (the summary's readers).
	 *
	 * @param activeUntil the end of the user's open access, or {@code null}
	 */
	record Standing(boolean mayAsk, ZonedDateTime activeUntil) {
	}

	Standing standing(CurrentUser user, UUID caseId) {
		CaseFile file = files.find(caseId).orElseThrow(NotFound::new);
		if (access.ownRight(user, file) || !access.breakTheGlass(user, file).isAllowed()) {
			return new Standing(false, null);
		}
		return accesses.activeFor(caseId, user.username(), clock.instant())
			.map(open -> new Standing(false, open.expiresAt().atZone(clock.getZone())))
			.orElse(new Standing(true, null));
	}

	/**
	 * Opens the user's access to the case.
	 * @throws InvalidInput without a reason
	 * @throws StateConflict when the user may read the file already
	 */
	EmergencyAccess open(CurrentUser user, UUID caseId, String reason) {
		CaseFile file = files.find(caseId).orElseThrow(NotFound::new);
		try {
			return transactions.execute(status -> {
				askable(user, caseId);
				EmergencyAccess opened = EmergencyAccess.open(file, user, reason, clock.instant(), duration);
				accesses.add(opened);
				log.record(event(user, file, "emergency-access-opened", opened.ground()));
				return opened;
			});
		}
		catch (InvalidInput | StateConflict | AccessRefused refused) {
			transactions.executeWithoutResult(
					status -> log.record(event(user, file, "emergency-access-refused " + refusalOf(refused), null)));
			throw refused;
		}
	}

	/**
	 * The accesses the user reviews: the team's for its leader, all for the privacy
	 * officer.
	 */
	List<EmergencyAccess> toReview(CurrentUser user) {
		access.reviewEmergencyAccess(user).orRefuse();
		return user.has(Role.PRIVACY_OFFICER) ? accesses.ofMunicipality(user.municipalityId())
				: accesses.ofTeam(user.teamId());
	}

	/**
	 * Records the user's review of an access: the team leader's or the privacy officer's.
	 * @throws StateConflict when that review was recorded already
	 */
	EmergencyAccess review(CurrentUser user, UUID accessId, Verdict verdict, String note) {
		return transactions.execute(status -> {
			EmergencyAccess opened = reviewable(user, accessId);
			Reviewer reviewer = user.has(Role.PRIVACY_OFFICER) ? Reviewer.PRIVACY_OFFICER : Reviewer.TEAM_LEADER;
			EmergencyAccess reviewed = opened.reviewed(reviewer, verdict, note, user.displayName(), clock.instant());
			if (!accesses.review(reviewed, reviewer)) {
				throw new StateConflict("emergencyAccess.review.alreadyRecorded");
			}
			return reviewed;
		});
	}

	private EmergencyAccess reviewable(CurrentUser user, UUID accessId) {
		access.reviewEmergencyAccess(user).orRefuse();
		EmergencyAccess found = accesses.find(accessId).orElseThrow(NotFound::new);
		boolean own = user.has(Role.PRIVACY_OFFICER) ? found.municipalityId().equals(user.municipalityId())
				: user.worksIn(found.teamId());
		if (!own) {
			AccessDecision.concealed().orRefuse();
		}
		return found;
	}

	private static AccessEvent event(CurrentUser user, CaseFile file, String action, String ground) {
		return new AccessEvent(user.userId(), file.municipalityId(), user.mainRole().name(), file.householdId(),
				"case/" + file.id(), action, ProcessingActivity.CASE_COORDINATION, ground);
	}

	private static String refusalOf(RuntimeException refused) {
		return switch (refused) {
			case InvalidInput invalid -> invalid.problems().get(0).code();
			case StateConflict conflict -> conflict.code();
			case AccessRefused accessRefused -> accessRefused.reason();
			default -> "refused";
		};
	}

}
