package nl.regie.bench.generate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One household as the steps build it up: the household step draws it and its members,
 * the referral step its referrals, the case-file step their cases; every step adds the
 * reads of personal data its screens would have logged, and the privacy step writes them
 * as audit entries. A new module's step reads what the earlier ones drew and adds its own
 * rows and reads.
 */
public final class GeneratedHousehold {

	final UUID id;

	final City.Team team;

	final LocalDate firstReceived;

	final List<Member> members = new ArrayList<>(4);

	final List<Referral> referrals = new ArrayList<>(2);

	final List<Read> reads = new ArrayList<>(8);

	/** The case manager of each case (by case id), once the team assigned one. */
	final Map<UUID, City.User> caseManagers = new HashMap<>(2);

	/**
	 * The life domains each case works on (by case id), drawn by the registration step.
	 */
	final Map<UUID, List<String>> caseDomains = new HashMap<>(2);

	/** The people on the network map who support the household (registration step). */
	final List<UUID> supporters = new ArrayList<>(4);

	/** The plan's actions a volunteer carries, by case id (plan step). */
	final Map<UUID, List<UUID>> volunteerActions = new HashMap<>(1);

	/**
	 * The consents given for a task card, by case (consent step; the task-card step reads
	 * them).
	 */
	final List<TaskCardConsent> taskCardConsents = new ArrayList<>(1);

	/** A member's consent to share a task with a volunteer, until {@code validUntil}. */
	record TaskCardConsent(UUID id, UUID caseId, LocalDate givenOn, LocalDate validUntil, LocalDate withdrawnOn,
			String givenName, City.User caseManager) {
	}

	GeneratedHousehold(UUID id, City.Team team, LocalDate firstReceived) {
		this.id = id;
		this.team = team;
		this.firstReceived = firstReceived;
	}

	UUID municipalityId() {
		return this.team.municipality().id();
	}

	/** Members under 18 on that day. */
	int childrenOn(LocalDate day) {
		int children = 0;
		for (Member member : this.members) {
			if (!member.dateOfBirth().isAfter(day) && member.dateOfBirth().plusYears(18).isAfter(day)) {
				children++;
			}
		}
		return children;
	}

	record Member(UUID id, String givenName, String familyName, LocalDate dateOfBirth, String bsn) {

		boolean adultOn(LocalDate day) {
			return !this.dateOfBirth.plusYears(18).isAfter(day);
		}

	}

	/** A referral's story; see {@link Lifecycle}. */
	static final class Referral {

		final UUID id;

		final LocalDate received;

		final Instant createdAt;

		final List<Decision> decisions = new ArrayList<>(2);

		String status;

		CaseFile caseFile;

		Referral(UUID id, LocalDate received, Instant createdAt) {
			this.id = id;
			this.received = received;
			this.createdAt = createdAt;
		}

		void decide(String outcome, String resultingStatus, Instant at) {
			this.decisions.add(new Decision(outcome, resultingStatus, at));
			this.status = resultingStatus;
		}

	}

	record Decision(String outcome, String resultingStatus, Instant at) {
	}

	/**
	 * A case's story; the days not reached yet are null.
	 *
	 * @param workedUntil the last day the case was worked on (today for an open case)
	 * @param assignedOn the team meeting that gave it a case manager
	 * @param firstContactOn the end of outreach: the household was reached
	 * @param closingProposedOn the case manager proposed to close
	 * @param closedOn closed (or closed without contact)
	 * @param followUpUntil the end of the follow-up watch
	 * @param plannedClosingProposal when closing will be proposed, even if in the future
	 * (the contacts are spread up to it)
	 */
	record CaseFile(UUID id, LocalDate openedOn, String stage, LocalDate workedUntil, LocalDate assignedOn,
			LocalDate firstContactOn, LocalDate closingProposedOn, LocalDate closedOn, LocalDate followUpUntil,
			boolean neverReached, LocalDate plannedClosingProposal) {
	}

	/** A read of this household's personal data, as the audit log records it. */
	record Read(Instant at, City.User actor, String role, String resource, String processingActivity) {
	}

}
