/**
 * The team meeting: meetings with their participants, the agenda Regie builds from what
 * needs the team (contributed by other modules through
 * {@link nl.regie.team.AgendaSource}), the recorded outcome of every item, and the team's
 * own settings (meeting rhythm, who assigns, how the roles are settled after the first
 * visit).
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "identity", "organisation", "assessment", "platform" })
package nl.regie.team;
