package nl.regie.referral;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import nl.regie.identity.CurrentUser;
import nl.regie.platform.web.ApiConventions;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The waitlist and the team's capacity norm in the REST API.
 */
@RestController
@Tag(name = "referrals")
@ApiResponse(responseCode = "403", description = "Not the team leader (or, for reading, a team assistant) of a team",
		content = @Content(mediaType = "application/problem+json"))
class WaitlistApiController {

	static final String PATH = ApiConventions.BASE_PATH + "/referrals/waitlist";

	private final WaitlistQuery waitlist;

	private final TeamCapacity capacity;

	WaitlistApiController(WaitlistQuery waitlist, TeamCapacity capacity) {
		this.waitlist = waitlist;
		this.capacity = capacity;
	}

	@GetMapping(PATH)
	@Operation(summary = "The team's waitlist, heaviest first, with waiting days and the team's capacity")
	@ApiResponse(responseCode = "200", description = "The waitlist")
	WaitlistQuery.View waitlist(CurrentUser user) {
		return waitlist.of(user);
	}

	@PutMapping(PATH + "/capacity")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Set the team's maximum open cases per FTE of the core team")
	@ApiResponse(responseCode = "204", description = "Set")
	void capacity(CurrentUser user, @Valid @RequestBody CapacityForm form) {
		capacity.change(user, form.maxCasesPerFte());
	}

}
