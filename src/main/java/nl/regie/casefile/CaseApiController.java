package nl.regie.casefile;

import java.time.Instant;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import nl.regie.identity.CurrentUser;
import nl.regie.platform.web.ApiConventions;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Cases in the REST API: "my cases", one case, assignment, outreach attempts and
 * contacts; the same services as the screens.
 */
@RestController
@Tag(name = "cases")
@ApiResponse(responseCode = "403", description = "Not someone who works this case (DESIGN §5)",
		content = @Content(mediaType = "application/problem+json"))
class CaseApiController {

	static final String PATH = ApiConventions.BASE_PATH + "/cases";

	private final MyCasesQuery myCases;

	private final CaseDetailsQuery details;

	private final CaseAssignmentManagement assignment;

	private final CaseWorkManagement work;

	private final EmergencyAccessManagement emergencyAccess;

	CaseApiController(MyCasesQuery myCases, CaseDetailsQuery details, CaseAssignmentManagement assignment,
			CaseWorkManagement work, EmergencyAccessManagement emergencyAccess) {
		this.emergencyAccess = emergencyAccess;
		this.myCases = myCases;
		this.details = details;
		this.assignment = assignment;
		this.work = work;
	}

	@GetMapping(ApiConventions.BASE_PATH + "/my-cases")
	@Operation(summary = "The signed-in person's cases with the next thing due, most urgent first (paged)")
	@ApiResponse(responseCode = "200", description = "One page of cases")
	MyCasesQuery.Page myCases(CurrentUser user, @RequestParam(defaultValue = "0") int page) {
		return myCases.of(user, page);
	}

	@GetMapping(PATH + "/{id}")
	@Operation(summary = "One case: the full file, or the core team's summary")
	@ApiResponse(responseCode = "200", description = "The case")
	@ApiResponse(responseCode = "404", description = "No such case of the user's team",
			content = @Content(mediaType = "application/problem+json"))
	CaseView caseFile(CurrentUser user, @PathVariable UUID id) {
		return details.view(user, id);
	}

	@PutMapping(PATH + "/{id}/assignment")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Assign a case manager and a second visitor",
			description = "Both from the team's core team, with active accounts, two different people.")
	@ApiResponse(responseCode = "204", description = "Assigned; outreach starts")
	@ApiResponse(responseCode = "400", description = "Not someone who can take the case",
			content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "409", description = "Not waiting for assignment, or changed meanwhile",
			content = @Content(mediaType = "application/problem+json"))
	void assign(CurrentUser user, @PathVariable UUID id, @RequestBody AssignmentForm form) {
		assignment.assign(user, id, form);
	}

	@PutMapping(PATH + "/{id}/reassignment")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "The team leader gives the case another case manager, with a reason")
	@ApiResponse(responseCode = "204", description = "Reassigned; the history keeps the old one")
	@ApiResponse(responseCode = "400", description = "No reason, or not someone who can take the case",
			content = @Content(mediaType = "application/problem+json"))
	void reassign(CurrentUser user, @PathVariable UUID id, @RequestBody Reassignment body) {
		assignment.reassign(user, id, body.caseManagerId(), body.reason(), body.version());
	}

	record Reassignment(UUID caseManagerId, String reason, Integer version) {
	}

	@PostMapping(PATH + "/{id}/contact-attempts")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Record an outreach attempt; one that reached the household makes the case active")
	@ApiResponse(responseCode = "201", description = "Recorded")
	@ApiResponse(responseCode = "409", description = "The case is not in outreach",
			content = @Content(mediaType = "application/problem+json"))
	void attempt(CurrentUser user, @PathVariable UUID id, @RequestBody ContactForms.Attempt attempt) {
		work.recordAttempt(user, id, attempt);
	}

	@PostMapping(PATH + "/{id}/contacts")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Record a contact in the journal")
	@ApiResponse(responseCode = "201", description = "Recorded")
	@ApiResponse(responseCode = "400", description = "E.g. dated in the future, or an absurd duration",
			content = @Content(mediaType = "application/problem+json"))
	void contact(CurrentUser user, @PathVariable UUID id, @RequestBody ContactForms.Contact contact) {
		work.recordContact(user, id, contact);
	}

	@PostMapping(PATH + "/{id}/emergency-access")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Break the glass: open a file outside one's rights in an emergency, stating why; "
			+ "the access ends by itself and is reviewed by the team leader and the privacy officer")
	@ApiResponse(responseCode = "201", description = "Opened; every read until it expires is logged as resting on it")
	@ApiResponse(responseCode = "400", description = "No reason, or one too short to say why",
			content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "409", description = "The caller may read the file already",
			content = @Content(mediaType = "application/problem+json"))
	OpenedEmergencyAccess openEmergencyAccess(CurrentUser user, @PathVariable UUID id,
			@RequestBody EmergencyAccessRequest body) {
		EmergencyAccess opened = emergencyAccess.open(user, id, body.reason());
		return new OpenedEmergencyAccess(opened.id(), opened.expiresAt());
	}

	record EmergencyAccessRequest(String reason) {
	}

	record OpenedEmergencyAccess(UUID id, Instant expiresAt) {
	}

}
