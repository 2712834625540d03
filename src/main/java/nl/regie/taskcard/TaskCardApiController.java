package nl.regie.taskcard;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import nl.regie.identity.CurrentUser;
import nl.regie.platform.web.ApiConventions;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Task cards in the REST API: the volunteer's own, and making one for a case. */
@RestController
@Tag(name = "task cards", description = "What a volunteer needs for one task, shared on the household's consent")
@ApiResponse(responseCode = "403", description = "Not a volunteer, or not someone who works this case",
		content = @Content(mediaType = "application/problem+json"))
class TaskCardApiController {

	private final TaskCardManagement management;

	TaskCardApiController(TaskCardManagement management) {
		this.management = management;
	}

	@GetMapping(ApiConventions.BASE_PATH + "/task-cards")
	@Operation(summary = "The signed-in volunteer's task cards that hold today")
	@ApiResponse(responseCode = "200", description = "The cards, soonest ending first")
	List<CardBody> mine(CurrentUser user) {
		return management.mine(user).stream().map(CardBody::of).toList();
	}

	@PostMapping(ApiConventions.BASE_PATH + "/cases/{caseId}/task-cards")
	@Operation(summary = "Make a task card for a volunteer, on the household's consent for task cards")
	@ApiResponse(responseCode = "201", description = "Made; the act of sharing is recorded")
	@ApiResponse(responseCode = "400", description = "No consent that holds, or a field missing",
			content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "404", description = "No such case of the user's team",
			content = @Content(mediaType = "application/problem+json"))
	ResponseEntity<CardBody> make(CurrentUser user, @PathVariable UUID caseId, @RequestBody TaskCardDraft draft) {
		TaskCard card = management.make(user, caseId, draft);
		return ResponseEntity.created(URI.create(ApiConventions.BASE_PATH + "/task-cards/" + card.id()))
			.body(CardBody.of(card));
	}

	/** Only what the task needs: no case, household or plan ids. */
	record CardBody(UUID id, String firstName, String task, String place, String when, String responsible,
			String concernContact, LocalDate validUntil) {

		static CardBody of(TaskCard card) {
			return new CardBody(card.id(), card.firstName(), card.task(), card.place(), card.when(), card.responsible(),
					card.concernContact(), card.validUntil());
		}

	}

}
