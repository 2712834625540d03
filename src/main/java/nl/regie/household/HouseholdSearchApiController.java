package nl.regie.household;

import java.util.List;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import nl.regie.identity.CurrentUser;
import nl.regie.platform.web.ApiConventions;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Finding a household of the caller's team in the REST API. A POST with the criteria in
 * the body, so that names, dates of birth and BSNs never appear in a URL or access log.
 */
@RestController
@Tag(name = "households")
class HouseholdSearchApiController {

	static final String PATH = ApiConventions.BASE_PATH + "/households/search";

	private final HouseholdSearch search;

	HouseholdSearchApiController(HouseholdSearch search) {
		this.search = search;
	}

	@PostMapping(PATH)
	@Operation(summary = "Find households of the caller's team by name, date of birth, postcode or BSN",
			description = "Only households the caller's team has (had) a referral or case of are searched. Every word "
					+ "of name must occur in one member's name (case and diacritics do not matter); criteria given "
					+ "together must all hold. At most 50 households; more says there were more.")
	@ApiResponse(responseCode = "200", description = "The households found, with their members")
	@ApiResponse(responseCode = "403", description = "Not the team leader or a team assistant of a team",
			content = @Content(mediaType = "application/problem+json"))
	Households search(CurrentUser user, @Valid @RequestBody HouseholdSearchForm criteria) {
		HouseholdSearch.Result result = search.search(user, criteria);
		return new Households(result.households(), result.more());
	}

	/**
	 * @param more there were more than these; search more precisely
	 */
	record Households(List<HouseholdSearch.Found> households, boolean more) {
	}

}
