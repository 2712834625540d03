package nl.regie.socialmap;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import nl.regie.identity.CurrentUser;
import nl.regie.platform.web.ApiConventions;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Searching the social map in the REST API, for every member of staff: the same search as
 * the screen.
 */
@RestController
@Tag(name = "social-map", description = "The organisations and provisions a team refers to or builds a plan on")
@ApiResponse(responseCode = "403", description = "Not a member of the municipality's staff",
		content = @Content(mediaType = "application/problem+json"))
class SocialMapApiController {

	static final String PATH = ApiConventions.BASE_PATH + "/social-map/provisions";

	private final SocialMapQuery query;

	private final SocialMapManagement management;

	SocialMapApiController(SocialMapQuery query, SocialMapManagement management) {
		this.query = query;
		this.management = management;
	}

	@GetMapping(PATH)
	@Operation(summary = "Search the provisions of the caller's municipality",
			description = "Every filter is optional. An area finds what serves it: its own provisions, those of "
					+ "the areas above it and those of the whole municipality. Words are matched with Dutch "
					+ "stemming and as the start of a word; the best match comes first, else by name.")
	@ApiResponse(responseCode = "200", description = "The provisions found, at most limit")
	List<ProvisionEntry> search(CurrentUser user,
			@Parameter(description = "Free words, e.g. schulden") @RequestParam(required = false) String words,
			@Parameter(description = "A life-domain code, e.g. FINANCES") @RequestParam(
					required = false) String lifeDomain,
			@Parameter(description = "The id of the household's area") @RequestParam(required = false) UUID area,
			@Parameter(description = "Rungs of the ladder; none for all") @RequestParam(
					required = false) Set<ProvisionKind> kind,
			@Parameter(description = "Include withdrawn provisions (maintainers only)") @RequestParam(
					defaultValue = "false") boolean withdrawn,
			@Parameter(description = "At most this many, 1 to 200") @RequestParam(defaultValue = "50") int limit) {
		return query.search(user, lifeDomain, area, words, kind, withdrawn, limit);
	}

	@GetMapping(PATH + "/{provisionId}")
	@Operation(summary = "One provision of the caller's municipality, also when withdrawn")
	@ApiResponse(responseCode = "200", description = "The provision")
	@ApiResponse(responseCode = "404", description = "No such provision in the caller's municipality",
			content = @Content(mediaType = "application/problem+json"))
	ProvisionEntry provision(CurrentUser user, @PathVariable UUID provisionId) {
		return query.named(user.municipalityId(), management.entry(user, provisionId));
	}

}
