package nl.regie.referral;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import nl.regie.team.AgendaCandidate;
import nl.regie.team.AgendaItemKind;
import nl.regie.team.AgendaSource;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The waitlist summary on the team's agenda: how many households wait and the longest
 * wait. No names: it is about the team's capacity, not about one household.
 */
@Component
class WaitlistAgendaSource implements AgendaSource {

	private final JdbcClient jdbc;

	private final MessageSource messages;

	WaitlistAgendaSource(JdbcClient jdbc, MessageSource messages) {
		this.jdbc = jdbc;
		this.messages = messages;
	}

	@Override
	public List<AgendaCandidate> candidates(UUID teamId, LocalDate day) {
		return jdbc.sql("""
				select count(*) as waiting, min(received_on) as longest, sum(children_at_intake) as children
				from referral where team_id = :t and status = 'WAITLISTED' having count(*) > 0""")
			.param("t", teamId)
			.query((rs, n) -> {
				int waiting = rs.getInt("waiting");
				LocalDate longest = rs.getObject("longest", LocalDate.class);
				String question = messages.getMessage("agendaQuestion.WAITLIST", new Object[] { waiting },
						LocaleContextHolder.getLocale());
				return new AgendaCandidate(AgendaItemKind.WAITLIST + ":" + teamId, AgendaItemKind.WAITLIST, null, null,
						null, null, question, List.of(), day.toEpochDay() - longest.toEpochDay(), null, null, false);
			})
			.list();
	}

}
