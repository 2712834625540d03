package nl.regie.registration;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import nl.regie.assessment.Assessment;
import nl.regie.assessment.AssessmentDraft;
import nl.regie.household.MemberLanguage;
import nl.regie.household.Membership;
import nl.regie.identity.CurrentUser;
import nl.regie.platform.domain.StateConflict;
import nl.regie.platform.web.ApiConventions;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A case's registration in the REST API: the household card, its members and their
 * language, the matrix of its members and the network map; the same services and access
 * rule as the screens.
 */
@RestController
@Tag(name = "registration", description = "Household card, Self-Sufficiency Matrix and network map of a case")
@ApiResponse(responseCode = "403", description = "Not someone who works this case (DESIGN §5)",
		content = @Content(mediaType = "application/problem+json"))
@ApiResponse(responseCode = "404", description = "No such case, member or assessment of the user's team",
		content = @Content(mediaType = "application/problem+json"))
class RegistrationApiController {

	static final String PATH = ApiConventions.BASE_PATH + "/cases/{caseId}";

	private final MatrixQuery matrix;

	private final AssessmentManagement management;

	private final NetworkMapManagement networks;

	private final HouseholdCardQuery cards;

	private final MembershipManagement memberships;

	RegistrationApiController(MatrixQuery matrix, AssessmentManagement management, NetworkMapManagement networks,
			HouseholdCardQuery cards, MembershipManagement memberships) {
		this.memberships = memberships;
		this.matrix = matrix;
		this.management = management;
		this.networks = networks;
		this.cards = cards;
	}

	@GetMapping(PATH + "/members/{memberId}/assessments")
	@Operation(summary = "Every assessment of a member, amended ones too, oldest first",
			description = "Notes on the justice domain only for the case manager and the backup.")
	@ApiResponse(responseCode = "200", description = "The assessments")
	List<AssessmentView> assessments(CurrentUser user, @PathVariable UUID caseId, @PathVariable UUID memberId) {
		return matrix.member(user, caseId, memberId).versions().stream().map(AssessmentView::of).toList();
	}

	@PostMapping(PATH + "/members/{memberId}/assessments")
	@Operation(summary = "Record an assessment of an adult member",
			description = "Only the domains in scope: each a level 1-5, or notAssessed with a reason. Final once saved.")
	@ApiResponse(responseCode = "201", description = "Recorded")
	@ApiResponse(responseCode = "400", description = "Not a valid assessment; each problem named at its field",
			content = @Content(mediaType = "application/problem+json"))
	ResponseEntity<AssessmentView> record(CurrentUser user, @PathVariable UUID caseId, @PathVariable UUID memberId,
			@RequestBody AssessmentDraft draft) {
		return created(caseId, management.record(user, caseId, memberId, draft));
	}

	@PostMapping(PATH + "/assessments/{assessmentId}/amendments")
	@Operation(summary = "Correct an assessment: a new version with the reason, the original kept")
	@ApiResponse(responseCode = "201", description = "The amended version")
	@ApiResponse(responseCode = "400", description = "Not a valid assessment, or no reason",
			content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "409", description = "Amended already: amend the newest version",
			content = @Content(mediaType = "application/problem+json"))
	ResponseEntity<AssessmentView> amend(CurrentUser user, @PathVariable UUID caseId, @PathVariable UUID assessmentId,
			@RequestBody AmendmentForm form) {
		return created(caseId, management.amend(user, caseId, assessmentId, form.toDraft(), form.amendmentReason()));
	}

	@PutMapping(PATH + "/assessments/{assessmentId}")
	@Operation(summary = "Refused: a saved assessment is final",
			description = "Always answers 409; record a correction through the amendments instead.")
	@ApiResponse(responseCode = "409", description = "A saved assessment is not changed in place",
			content = @Content(mediaType = "application/problem+json"))
	void changeInPlace(CurrentUser user, @PathVariable UUID caseId, @PathVariable UUID assessmentId,
			@RequestBody AssessmentDraft draft) {
		matrix.caseFor(user, caseId);
		throw new StateConflict("assessment.final");
	}

	@GetMapping(PATH + "/household-card")
	@Operation(summary = "The household card: members, address, help question, who is involved, latest matrix, network")
	@ApiResponse(responseCode = "200", description = "The household card")
	HouseholdCardView card(CurrentUser user, @PathVariable UUID caseId) {
		return HouseholdCardView.of(cards.card(user, caseId));
	}

	@GetMapping(PATH + "/members")
	@Operation(summary = "Every member the household had, with the day they joined and left")
	@ApiResponse(responseCode = "200", description = "The members, current ones first")
	List<Membership.Period> members(CurrentUser user, @PathVariable UUID caseId) {
		return memberships.history(user, caseId);
	}

	@PostMapping(PATH + "/members")
	@Operation(summary = "A member joins the household (born, moved in) on a day")
	@ApiResponse(responseCode = "201", description = "Joined")
	@ApiResponse(responseCode = "400", description = "Each problem named at its field",
			content = @Content(mediaType = "application/problem+json"))
	ResponseEntity<Created> join(CurrentUser user, @PathVariable UUID caseId, @RequestBody JoiningForm form) {
		UUID id = memberships.join(user, caseId, form);
		return ResponseEntity.created(URI.create(ApiConventions.BASE_PATH + "/cases/" + caseId + "/members"))
			.body(new Created(id));
	}

	@PostMapping(PATH + "/members/{memberId}/leaving")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "A member leaves the household on a day (kept in the history)")
	@ApiResponse(responseCode = "204", description = "Recorded")
	@ApiResponse(responseCode = "400", description = "Before they joined, in the future, or without how",
			content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "409", description = "Left already",
			content = @Content(mediaType = "application/problem+json"))
	void leaveHousehold(CurrentUser user, @PathVariable UUID caseId, @PathVariable UUID memberId,
			@RequestBody LeavingForm form) {
		memberships.leave(user, caseId, memberId, form);
	}

	@PutMapping(PATH + "/members/{memberId}/language")
	@Operation(summary = "The language a member speaks and whether an interpreter is needed",
			description = "language is an ISO 639 code (639-1 where one exists, e.g. ar, else 639-3, e.g. pap); "
					+ "none clears it. version is the languageVersion read with the member.")
	@ApiResponse(responseCode = "200", description = "Saved, with the new version")
	@ApiResponse(responseCode = "400",
			description = "An unknown language, an interpreter for no language, or no version",
			content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "409",
			description = "Changed by someone else since that version, or the member left: nothing saved",
			content = @Content(mediaType = "application/problem+json"))
	MemberLanguage changeLanguage(CurrentUser user, @PathVariable UUID caseId, @PathVariable UUID memberId,
			@RequestBody LanguageForm form) {
		return memberships.changeLanguage(user, caseId, memberId, form);
	}

	@GetMapping(PATH + "/network")
	@Operation(summary = "The household's network map, with the people who left it",
			description = "How to reach someone marked doNotContact or mustNotKnow is left out.")
	@ApiResponse(responseCode = "200", description = "The network map")
	NetworkMapView network(CurrentUser user, @PathVariable UUID caseId) {
		return NetworkMapView.of(networks.map(user, caseId));
	}

	@PostMapping(PATH + "/network")
	@Operation(summary = "Add someone to the network map", description = "A name or an organisation is needed.")
	@ApiResponse(responseCode = "201", description = "Added")
	@ApiResponse(responseCode = "400", description = "Not someone who can be told apart, or another problem",
			content = @Content(mediaType = "application/problem+json"))
	ResponseEntity<Created> addToNetwork(CurrentUser user, @PathVariable UUID caseId,
			@RequestBody NetworkPersonForm form) {
		UUID id = networks.add(user, caseId, form);
		return ResponseEntity.created(URI.create(ApiConventions.BASE_PATH + "/cases/" + caseId + "/network"))
			.body(new Created(id));
	}

	@PostMapping(PATH + "/network/{personId}/leaving")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Someone is no longer involved, from a day on (kept in the history)")
	@ApiResponse(responseCode = "204", description = "Recorded")
	@ApiResponse(responseCode = "400", description = "Before they joined, or in the future",
			content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "409", description = "Left already",
			content = @Content(mediaType = "application/problem+json"))
	void leaveNetwork(CurrentUser user, @PathVariable UUID caseId, @PathVariable UUID personId,
			@RequestBody Leaving leaving) {
		networks.leave(user, caseId, personId, leaving.until());
	}

	/**
	 * @param until {@code null} for today
	 */
	record Leaving(LocalDate until) {
	}

	record Created(UUID id) {
	}

	private static ResponseEntity<AssessmentView> created(UUID caseId, Assessment assessment) {
		return ResponseEntity.created(URI.create(
				ApiConventions.BASE_PATH + "/cases/" + caseId + "/members/" + assessment.memberId() + "/assessments"))
			.body(AssessmentView.of(assessment));
	}

}
