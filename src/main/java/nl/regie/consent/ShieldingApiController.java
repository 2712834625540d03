package nl.regie.consent;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import nl.regie.consent.ShieldingManagement.ShieldingDraft;
import nl.regie.household.Shielding;
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
 * Shielding inside the household in the REST API: the same service and access rule as the
 * screen.
 */
@RestController
@Tag(name = "shielding", description = "A member's information shielded from the other members of the household")
@ApiResponse(responseCode = "403", description = "Not someone who works this case (DESIGN §5)",
		content = @Content(mediaType = "application/problem+json"))
@ApiResponse(responseCode = "404", description = "No such case, member or shielding of the user's team",
		content = @Content(mediaType = "application/problem+json"))
class ShieldingApiController {

	static final String PATH = ApiConventions.BASE_PATH + "/cases/{caseId}/shieldings";

	private final ShieldingManagement management;

	ShieldingApiController(ShieldingManagement management) {
		this.management = management;
	}

	@GetMapping(PATH)
	@Operation(summary = "Every shielding of the case's household, those that hold first")
	@ApiResponse(responseCode = "200", description = "What is on record")
	List<Shielding> shieldings(CurrentUser user, @PathVariable UUID caseId) {
		return management.view(user, caseId).shieldings();
	}

	@PostMapping(PATH)
	@Operation(summary = "Shield a member's information from the other members",
			description = "From today or earlier; an own file only from 16; another danger is explained.")
	@ApiResponse(responseCode = "201", description = "Shielded")
	@ApiResponse(responseCode = "400", description = "Not a valid shielding; each problem named at its field",
			content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "409", description = "The member is shielded already",
			content = @Content(mediaType = "application/problem+json"))
	ResponseEntity<Shielding> shield(CurrentUser user, @PathVariable UUID caseId, @RequestBody ShieldingDraft draft) {
		Shielding shielding = management.shield(user, caseId, draft);
		return ResponseEntity
			.created(URI.create(ApiConventions.BASE_PATH + "/cases/" + caseId + "/shieldings/" + shielding.id()))
			.body(shielding);
	}

	@PostMapping(PATH + "/{shieldingId}/lifting")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Lift a shielding")
	@ApiResponse(responseCode = "204", description = "Lifted")
	@ApiResponse(responseCode = "400", description = "Dated before the shielding began, or in the future",
			content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "409", description = "Lifted or changed meanwhile",
			content = @Content(mediaType = "application/problem+json"))
	void lift(CurrentUser user, @PathVariable UUID caseId, @PathVariable UUID shieldingId, @RequestBody Lifting body) {
		management.lift(user, caseId, shieldingId, body.version() == null ? -1 : body.version(), body.liftedOn());
	}

	/**
	 * @param version the version the client read
	 */
	record Lifting(Integer version, LocalDate liftedOn) {
	}

}
