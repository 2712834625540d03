package nl.regie.team;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A module that has something for the team's agenda implements this (the case file, the
 * referral module's waitlist; later escalations and safety signals). The team module
 * builds the agenda from all of them and never reaches into their tables.
 */
public interface AgendaSource {

	/** What needs the team on this day. */
	List<AgendaCandidate> candidates(UUID teamId, LocalDate day);

	/**
	 * How to name cases whose items were decided, for the minutes: the name for the core
	 * team and the initial for everyone else. Sources without cases answer nothing.
	 */
	default Map<UUID, Subject> subjects(Collection<UUID> caseIds) {
		return Map.of();
	}

	record Subject(String householdName, String initial) {
	}

}
