package nl.regie.casefile;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import nl.regie.identity.CurrentUser;
import nl.regie.organisation.RosterMember;
import nl.regie.organisation.TeamRoster;

import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * This module's part of the demo data ({@code demo} profile only). Cases are opened by
 * the demo's accepted referrals like any other, and take the real path through this
 * module's services (assignment, attempts, contacts, closing) as the team leader; then
 * their dates are moved back, standing in for the months of work that brought them there.
 */
@Component
@Profile("demo")
@Transactional(propagation = Propagation.MANDATORY)
public class CaseFileDemoData {

	private final JdbcClient jdbc;

	private final CaseFiles files;

	private final CaseAssignmentManagement assignment;

	private final CaseWorkManagement work;

	private final CaseClosingManagement closing;

	private final TeamRoster roster;

	private final Clock clock;

	CaseFileDemoData(JdbcClient jdbc, CaseFiles files, CaseAssignmentManagement assignment, CaseWorkManagement work,
			CaseClosingManagement closing, TeamRoster roster, Clock clock) {
		this.jdbc = jdbc;
		this.files = files;
		this.assignment = assignment;
		this.work = work;
		this.closing = closing;
		this.roster = roster;
		this.clock = clock;
	}

	/**
	 * Brings the case of the referral to the stage, worked by these two members of the
	 * team (by name), its story starting {@code daysAgo}.
	 */
	public void bringToStage(CurrentUser leader, UUID referralId, CaseStage stage, String caseManager,
			String secondVisitor, int daysAgo) {
		UUID caseId = caseOf(referralId);
		LocalDate today = LocalDate.now(clock);
		if (stage == CaseStage.AWAITING_ASSIGNMENT) {
			backdate(caseId, daysAgo, today);
			return;
		}
		CaseFile file = files.find(caseId).orElseThrow();
		assignment.assign(leader, caseId,
				new AssignmentForm(member(file, caseManager), member(file, secondVisitor), file.version(), null, null));
		if (stage != CaseStage.OUTREACH && stage != CaseStage.CLOSED_WITHOUT_CONTACT) {
			work.recordAttempt(leader, caseId, new ContactForms.Attempt(today, ContactForms.Channel.PHONE,
					ContactForms.AttemptOutcome.NO_ANSWER, "Geen gehoor, voicemail ingesproken."));
			work.recordAttempt(leader, caseId, new ContactForms.Attempt(today, ContactForms.Channel.HOME_VISIT,
					ContactForms.AttemptOutcome.REACHED, "Aangebeld, moeder liet ons binnen."));
			work.recordContact(leader, caseId, new ContactForms.Contact(today, ContactForms.ContactType.HOME_VISIT,
					caseManager + ", " + secondVisitor, 60, "Kennismaking; vraag en doelen in eigen woorden.", false));
		}
		if (stage == CaseStage.CLOSING || stage == CaseStage.FOLLOW_UP || stage == CaseStage.ENDED) {
			for (int i = 0; i < 2; i++) {
				work.recordContact(leader, caseId, new ContactForms.Contact(today, ContactForms.ContactType.PHONE,
						caseManager, 20, "Huishouden bevestigt: de vraag is opgelost.", true));
			}
			boolean doubt = stage == CaseStage.CLOSING;
			closing.close(leader, caseId,
					new ClosingForms.Closing(true, !doubt, ClosingFacts.StepOutAnswer.NO,
							"Buurvrouw en kerkgemeenschap houden contact; maatje via Buurtnetwerk.",
							"Schulden in een regeling, vaste dagbesteding.", stage != CaseStage.ENDED,
							files.find(caseId).orElseThrow().version()));
		}
		if (stage == CaseStage.CLOSED_WITHOUT_CONTACT || stage == CaseStage.ENDED) {
			jdbc.sql("update case_file set stage = :s, closed_on = :today, follow_up_until = null where id = :c")
				.param("s", stage.name())
				.param("today", today)
				.param("c", caseId)
				.update();
		}
		backdate(caseId, daysAgo, today);
	}

	/**
	 * Moves the case's dates back by the same number of days, so its story keeps its
	 * shape.
	 */
	private void backdate(UUID caseId, int daysAgo, LocalDate today) {
		int shift = Math.max(0, daysAgo - 2);
		for (String statement : new String[] {
				"update case_file set opened_on = opened_on - :d, assigned_on = assigned_on - :d + 3, "
						+ "first_contact_on = first_contact_on - :d + 14, closed_on = closed_on - :d + :d * 9 / 10, "
						+ "follow_up_until = follow_up_until - :d + :d * 9 / 10 where id = :c",
				"update contact_attempt set tried_on = tried_on - :d + 12 where case_id = :c",
				"update case_contact set contact_on = contact_on - :d + 14 + (:d / 2) * (case when question_solved then 1 else 0 end) where case_id = :c",
				"update case_history set at = at - make_interval(days => :d) where case_id = :c" }) {
			jdbc.sql(statement).param("d", shift).param("c", caseId).update();
		}
		jdbc.sql(
				"update case_file set assigned_on = least(assigned_on, :today), first_contact_on = least(first_contact_on, :today) where id = :c")
			.param("today", today)
			.param("c", caseId)
			.update();
	}

	private UUID caseOf(UUID referralId) {
		return jdbc.sql("select id from case_file where referral_id = :r")
			.param("r", referralId)
			.query(UUID.class)
			.single();
	}

	private UUID member(CaseFile file, String name) {
		return roster.members(file.teamId())
			.stream()
			.filter(member -> member.name().equals(name))
			.map(RosterMember::id)
			.findFirst()
			.orElseThrow();
	}

}
