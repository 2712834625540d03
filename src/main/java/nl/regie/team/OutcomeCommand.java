package nl.regie.team;

import java.util.UUID;

/**
 * The outcome of one agenda item as recorded.
 *
 * @param question the question as discussed (short)
 * @param advice the advice and options discussed (short)
 * @param decision what was decided; may be empty only when postponed
 */
public record OutcomeCommand(String itemKey, AgendaItemKind kind, UUID caseId, String question, String advice,
		String decision, boolean postponed) {
}
