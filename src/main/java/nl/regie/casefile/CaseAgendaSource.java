package nl.regie.casefile;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.regie.assessment.LifeDomains;
import nl.regie.referral.ReferralSummaries;
import nl.regie.team.AgendaCandidate;
import nl.regie.team.AgendaItemKind;
import nl.regie.team.AgendaSource;
import nl.regie.team.TeamSettings;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the team's cases bring to the meeting: households waiting for a case manager,
 * outreach past the warning and the consultation thresholds, closure doubts, the case
 * managers' questions, reopened cases without a case manager, and (where the team decides
 * after the first visit) who becomes case manager. One query for the team's cases, one
 * for their referrals.
 */
@Component
class CaseAgendaSource implements AgendaSource {

	private final JdbcClient jdbc;

	private final ReferralSummaries referrals;

	private final LifeDomains lifeDomains;

	private final CaseSettings settings;

	private final TeamSettings teamSettings;

	private final MessageSource messages;

	private final Clock clock;

	CaseAgendaSource(JdbcClient jdbc, ReferralSummaries referrals, LifeDomains lifeDomains, CaseSettings settings,
			TeamSettings teamSettings, MessageSource messages, Clock clock) {
		this.clock = clock;
		this.jdbc = jdbc;
		this.referrals = referrals;
		this.lifeDomains = lifeDomains;
		this.settings = settings;
		this.teamSettings = teamSettings;
		this.messages = messages;
	}

	@Override
	public List<AgendaCandidate> candidates(UUID teamId, LocalDate day) {
		List<Row> rows = jdbc.sql("""
				select c.id, c.municipality_id, c.household_id, c.referral_id, c.stage, c.opened_on, c.assigned_on,
				       c.case_manager_id, c.second_visitor_id, l.name, l.initial, l.children,
				       (select cl.unmet_rules <> '{}' from case_closing cl where cl.case_id = c.id) as doubt,
				       (select cl.proposed_at from case_closing cl where cl.case_id = c.id) as proposed_at,
				       (select r.id from case_consultation_request r where r.case_id = c.id
				          order by r.requested_at desc limit 1) as request_id,
				       (select r.question from case_consultation_request r where r.case_id = c.id
				          order by r.requested_at desc limit 1) as request_question
				from case_file c join household_label l on l.household_id = c.household_id
				where c.team_id = :t and c.stage in ('AWAITING_ASSIGNMENT', 'OUTREACH', 'ACTIVE', 'CLOSING')""")
			.param("t", teamId)
			.query((rs, n) -> new Row(rs.getObject("id", UUID.class), rs.getObject("municipality_id", UUID.class),
					rs.getObject("household_id", UUID.class), rs.getObject("referral_id", UUID.class),
					CaseStage.valueOf(rs.getString("stage")), rs.getObject("opened_on", LocalDate.class),
					rs.getObject("assigned_on", LocalDate.class), rs.getObject("case_manager_id", UUID.class),
					rs.getObject("second_visitor_id", UUID.class), rs.getString("name"), rs.getString("initial"),
					rs.getInt("children"), rs.getBoolean("doubt"),
					rs.getTimestamp("proposed_at") == null ? null
							: LocalDate.ofInstant(rs.getTimestamp("proposed_at").toInstant(), clock.getZone()),
					rs.getObject("request_id", UUID.class), rs.getString("request_question")))
			.list();
		if (rows.isEmpty()) {
			return List.of();
		}
		CaseSettings.Thresholds thresholds = settings.of(rows.get(0).municipalityId());
		boolean teamDecidesRoles = teamSettings.of(teamId)
			.assignmentMode() == TeamSettings.AssignmentMode.DECIDE_AFTER_FIRST_VISIT;
		Map<UUID, ReferralSummaries.Summary> summaries = referrals.of(rows.stream().map(Row::referralId).toList());
		List<AgendaCandidate> items = new ArrayList<>();
		for (Row row : rows) {
			ReferralSummaries.Summary referral = summaries.get(row.referralId());
			switch (row.stage()) {
				case AWAITING_ASSIGNMENT -> items.add(item(row, referral, AgendaKeys.assignment(row.id()),
						AgendaItemKind.ASSIGNMENT, ChronoUnit.DAYS.between(row.openedOn(), day), false));
				case OUTREACH -> {
					long weeks = ChronoUnit.WEEKS.between(row.assignedOn(), day);
					if (weeks >= thresholds.outreachConsultWeeks()) {
						items.add(item(row, referral,
								AgendaKeys.outreach(AgendaItemKind.OUTREACH_CONSULT, row.id(), row.assignedOn()),
								AgendaItemKind.OUTREACH_CONSULT, ChronoUnit.DAYS.between(row.assignedOn(), day), true));
					}
					else if (weeks >= thresholds.outreachWarningWeeks()) {
						items.add(item(row, referral,
								AgendaKeys.outreach(AgendaItemKind.OUTREACH_WARNING, row.id(), row.assignedOn()),
								AgendaItemKind.OUTREACH_WARNING, ChronoUnit.DAYS.between(row.assignedOn(), day), true));
					}
				}
				case ACTIVE -> {
					if (row.caseManagerId() == null) {
						items.add(item(row, referral, AgendaKeys.reopened(row.id()),
								AgendaItemKind.REOPENED_WITHOUT_CASE_MANAGER, null, false));
					}
					else if (teamDecidesRoles && row.secondVisitorId() != null) {
						items.add(item(row, referral, AgendaKeys.roles(row.id()),
								AgendaItemKind.ROLES_AFTER_FIRST_VISIT, null, false));
					}
				}
				case CLOSING -> {
					if (row.doubt()) {
						items.add(item(row, referral, AgendaKeys.closureDoubt(row.id(), row.proposedOn()),
								AgendaItemKind.CLOSURE_DOUBT, ChronoUnit.DAYS.between(row.proposedOn(), day), true));
					}
				}
				default -> {
				}
			}
			if (row.requestId() != null && row.stage() != CaseStage.AWAITING_ASSIGNMENT) {
				AgendaCandidate asked = item(row, referral, AgendaKeys.consultation(row.requestId()),
						AgendaItemKind.CASE_CONSULTATION, null, true);
				items.add(new AgendaCandidate(asked.key(), asked.kind(), asked.caseId(), asked.householdId(),
						asked.householdName(), asked.initial(), row.requestQuestion(), asked.lifeDomains(), null,
						asked.children(), null, true));
			}
		}
		return items;
	}

	@Override
	public Map<UUID, Subject> subjects(Collection<UUID> caseIds) {
		Map<UUID, Subject> subjects = new HashMap<>();
		jdbc.sql(
				"""
						select c.id, l.name, l.initial from case_file c join household_label l on l.household_id = c.household_id
						where c.id in (:ids)""")
			.param("ids", caseIds)
			.query(rs -> {
				subjects.put(rs.getObject("id", UUID.class),
						new Subject(rs.getString("name"), rs.getString("initial")));
			});
		return subjects;
	}

	private AgendaCandidate item(Row row, ReferralSummaries.Summary referral, String key, AgendaItemKind kind,
			Long waitingDays, boolean resolvedByDecision) {
		String question = messages.getMessage("agendaQuestion." + kind.name(), null, LocaleContextHolder.getLocale());
		return new AgendaCandidate(key, kind, row.id(), row.householdId(), row.name(), row.initial(), question,
				referral == null ? List.of() : lifeDomains.inMatrixOrder(referral.lifeDomains()), waitingDays,
				row.children(), referral == null ? null : referral.referredBy(), resolvedByDecision);
	}

	private record Row(UUID id, UUID municipalityId, UUID householdId, UUID referralId, CaseStage stage,
			LocalDate openedOn, LocalDate assignedOn, UUID caseManagerId, UUID secondVisitorId, String name,
			String initial, int children, boolean doubt, LocalDate proposedOn, UUID requestId, String requestQuestion) {
	}

}
