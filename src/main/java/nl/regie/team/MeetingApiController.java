package nl.regie.team;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import nl.regie.identity.CurrentUser;
import nl.regie.platform.web.ApiConventions;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Team meetings in the REST API: the same services as the screens.
 */
@RestController
@Tag(name = "team-meetings")
@ApiResponse(responseCode = "403", description = "Not of the team's office or core team (or, for one agenda, "
		+ "an outer-ring specialist taking part)", content = @Content(mediaType = "application/problem+json"))
class MeetingApiController {

	static final String PATH = ApiConventions.BASE_PATH + "/team-meetings";

	private final TeamMeetings meetings;

	private final AgendaQuery agenda;

	private final TeamMeetingManagement management;

	private final TeamAccessPolicy access;

	MeetingApiController(TeamMeetings meetings, AgendaQuery agenda, TeamMeetingManagement management,
			TeamAccessPolicy access) {
		this.access = access;
		this.meetings = meetings;
		this.agenda = agenda;
		this.management = management;
	}

	@GetMapping(PATH)
	@Operation(summary = "The team's meetings, the latest first")
	@ApiResponse(responseCode = "200", description = "The meetings")
	List<TeamMeetings.MeetingRow> meetings(CurrentUser user) {
		access.list(user).orRefuse();
		return meetings.ofTeam(user.teamId(), 50);
	}

	@PostMapping(PATH)
	@Operation(summary = "Plan a meeting of the user's team")
	@ApiResponse(responseCode = "201", description = "Planned; Location names the meeting")
	@ApiResponse(responseCode = "400", description = "E.g. dated before the team existed",
			content = @Content(mediaType = "application/problem+json"))
	ResponseEntity<Planned> plan(CurrentUser user, @RequestBody MeetingForm meeting) {
		UUID id = management.plan(user, meeting);
		return ResponseEntity.created(URI.create(PATH + "/" + id)).body(new Planned(id));
	}

	@GetMapping(PATH + "/{id}/agenda")
	@Operation(summary = "The meeting's agenda: open items and recorded outcomes",
			description = "Viewers from outside the core team get no names: an initial and the question.")
	@ApiResponse(responseCode = "200", description = "The agenda")
	@ApiResponse(responseCode = "404", description = "No such meeting of the user's team",
			content = @Content(mediaType = "application/problem+json"))
	Agenda agenda(CurrentUser user, @PathVariable UUID id) {
		return agenda.of(user, id, false);
	}

	@PostMapping(PATH + "/{id}/outcomes")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Record the outcome of an item on the agenda (decided, or postponed)")
	@ApiResponse(responseCode = "201", description = "Recorded")
	@ApiResponse(responseCode = "409", description = "Someone recorded this item's outcome first",
			content = @Content(mediaType = "application/problem+json"))
	void outcome(CurrentUser user, @PathVariable UUID id, @RequestBody OutcomeForm outcome) {
		management.recordOutcome(user, id, outcome.itemKey(), outcome.question(), outcome.advice(), outcome.decision(),
				outcome.isPostponed());
	}

	record Planned(UUID id) {
	}

}
