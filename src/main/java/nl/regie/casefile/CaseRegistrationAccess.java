package nl.regie.casefile;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.regie.identity.CurrentUser;
import nl.regie.platform.access.AccessDecision;
import nl.regie.platform.domain.NotFound;
import nl.regie.referral.ReferralSummaries;

import org.springframework.stereotype.Component;

/**
 * For the modules that keep a case's registration (household card, matrix, network map):
 * the case as they need it, and who may work on it, decided by the case's own access
 * policy, so every module answers the same.
 */
@Component
public class CaseRegistrationAccess {

	private final CaseFiles files;

	private final CaseAccessPolicy access;

	private final ReferralSummaries referrals;

	private final CaseDueQueries due;

	private final Clock clock;

	CaseRegistrationAccess(CaseFiles files, CaseAccessPolicy access, ReferralSummaries referrals, CaseDueQueries due,
			Clock clock) {
		this.files = files;
		this.access = access;
		this.referrals = referrals;
		this.due = due;
		this.clock = clock;
	}

	/**
	 * @param stage the case's stage, e.g. {@code ACTIVE}
	 * @param firstContactOn {@code null} before the first contact
	 * @param lifeDomains the referral's life-domain codes
	 */
	public record CaseOfHousehold(UUID caseId, UUID municipalityId, UUID teamId, UUID householdId, UUID referralId,
			String stage, LocalDate openedOn, LocalDate firstContactOn, LocalDate closedOn, List<String> lifeDomains) {

		public boolean open() {
			return List.of("OUTREACH", "ACTIVE", "CLOSING", "FOLLOW_UP").contains(stage);
		}

	}

	/**
	 * Something due on the case, as "my cases" shows it.
	 *
	 * @param kind the message key after {@code due.}, e.g. {@code MATRIX_REVIEW}
	 * @param overdue the due day has passed
	 */
	public record Due(String kind, LocalDate dueOn, boolean overdue) {
	}

	/**
	 * The next things due on a case the caller may work, soonest first, whatever module
	 * adds them ({@link CaseDueItems}); one query.
	 */
	public List<Due> nextDue(CaseOfHousehold found, int limit) {
		return due.next(found.caseId(), LocalDate.now(clock), limit);
	}

	public Optional<CaseOfHousehold> find(UUID caseId) {
		return files.find(caseId).map(file -> {
			ReferralSummaries.Summary referral = referrals.of(List.of(file.referralId())).get(file.referralId());
			return new CaseOfHousehold(file.id(), file.municipalityId(), file.teamId(), file.householdId(),
					file.referralId(), file.stage().name(), file.openedOn(), file.firstContactOn(), file.closedOn(),
					referral == null ? List.of() : referral.lifeDomains());
		});
	}

	/** Screens of case work at all: the roles that can work a case. */
	public AccessDecision screens(CurrentUser user) {
		return access.caseScreens(user);
	}

	/**
	 * Working the registration of the case: who may work the whole file (case manager,
	 * second visitor, backup, team leader, a consulted specialist); another team's case
	 * is concealed.
	 */
	public AccessDecision work(CurrentUser user, UUID caseId) {
		return files.find(caseId).map(file -> access.work(user, file)).orElse(AccessDecision.concealed());
	}

	/**
	 * The case, once the user may work its whole file.
	 * @throws NotFound when there is no such case
	 * @throws nl.regie.platform.access.AccessRefused when the user may not work it
	 */
	public CaseOfHousehold workOn(CurrentUser user, UUID caseId) {
		CaseOfHousehold found = find(caseId).orElseThrow(NotFound::new);
		work(user, caseId).orRefuse();
		return found;
	}

	/**
	 * The case's household was read through another module's screen: reported like the
	 * case's own reads, naming the emergency access when the read rests on one.
	 * @param resource the screen or API resource, e.g. {@code household-card}
	 */
	public void householdRead(CurrentUser user, UUID caseId, String resource) {
		access.householdRead(user, files.find(caseId).orElseThrow(NotFound::new), resource);
	}

	/**
	 * Like {@link #householdRead}, for a screen or resource about one member of the
	 * household: the log names the member, so the member's "who looked at my file" lists
	 * it and another member's does not.
	 */
	public void memberRead(CurrentUser user, UUID caseId, UUID memberId, String resource) {
		access.memberRead(user, files.find(caseId).orElseThrow(NotFound::new), memberId, resource);
	}

	/**
	 * Criminal-offence data on the case (notes on the justice domain): only its case
	 * manager and backup read them (GDPR art. 10, UAVG art. 32).
	 */
	public boolean caseManagerOrBackup(CurrentUser user, UUID caseId) {
		return files.find(caseId).map(file -> {
			UUID member = access.memberOf(user, file);
			return member != null
					&& (member.equals(file.roles().caseManager()) || member.equals(file.roles().backup()));
		}).orElse(false);
	}

}
