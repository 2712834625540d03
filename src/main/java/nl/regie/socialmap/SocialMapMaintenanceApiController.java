package nl.regie.socialmap;

import java.net.URI;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import nl.regie.identity.CurrentUser;
import nl.regie.platform.web.ApiConventions;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Maintaining the social map in the REST API, for functional administrators and team
 * leaders: the same services as the screens.
 */
@RestController
@Tag(name = "social-map")
@ApiResponse(responseCode = "403", description = "Not a functional administrator or team leader",
		content = @Content(mediaType = "application/problem+json"))
class SocialMapMaintenanceApiController {

	private static final String IMPORTS = ApiConventions.BASE_PATH + "/social-map/imports";

	private final SocialMapManagement management;

	private final ProvisionImport imports;

	SocialMapMaintenanceApiController(SocialMapManagement management, ProvisionImport imports) {
		this.management = management;
		this.imports = imports;
	}

	@PostMapping(SocialMapApiController.PATH)
	@Operation(summary = "Add a provision to the caller's municipality's social map")
	@ApiResponse(responseCode = "201", description = "Added; Location names the provision")
	@ApiResponse(responseCode = "400",
			description = "E.g. a broken postcode, an unknown life domain, a name the " + "organisation already uses",
			content = @Content(mediaType = "application/problem+json"))
	ResponseEntity<Added> add(CurrentUser user, @RequestBody ProvisionForm provision) {
		UUID id = management.add(user, provision.toDetails());
		return ResponseEntity.created(URI.create(SocialMapApiController.PATH + "/" + id)).body(new Added(id));
	}

	@PutMapping(SocialMapApiController.PATH + "/{provisionId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Change a provision, on the version it was read in")
	@ApiResponse(responseCode = "204", description = "Changed")
	@ApiResponse(responseCode = "400", description = "Invalid, or no version",
			content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "404", description = "No such provision in the caller's municipality",
			content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "409",
			description = "Someone changed or withdrew it since that version; read it " + "again",
			content = @Content(mediaType = "application/problem+json"))
	void change(CurrentUser user, @PathVariable UUID provisionId, @RequestBody ProvisionForm provision) {
		management.change(user, provisionId, provision.version(), provision.toDetails());
	}

	@PostMapping(SocialMapApiController.PATH + "/{provisionId}/withdrawal")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Withdraw a provision: no longer found by a search, still by its id")
	@ApiResponse(responseCode = "204", description = "Withdrawn")
	@ApiResponse(responseCode = "400", description = "No version",
			content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "404", description = "No such provision in the caller's municipality",
			content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "409", description = "Someone changed or withdrew it since that version",
			content = @Content(mediaType = "application/problem+json"))
	void withdraw(CurrentUser user, @PathVariable UUID provisionId, @RequestBody Withdrawal withdrawal) {
		management.withdraw(user, provisionId, withdrawal.version());
	}

	@PostMapping(IMPORTS)
	@Operation(summary = "Load provisions from a CSV file (UTF-8, semicolons or commas, a header row)",
			description = "Columns: organisatie, naam, soort, levensdomeinen (codes or names, separated by |) are "
					+ "required; gebied, omschrijving, doelgroepen, aanmelden, contact, adres, postcode, "
					+ "openingstijden are optional. Good rows are taken; a bad row is skipped with its reasons "
					+ "and leaves nothing behind.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
					content = @Content(mediaType = "text/csv")))
	@ApiResponse(responseCode = "200", description = "The report: every row taken or skipped, and why")
	@ApiResponse(responseCode = "400", description = "The file as a whole cannot be read (no header, a required "
			+ "column missing, too many rows)", content = @Content(mediaType = "application/problem+json"))
	ImportReport load(CurrentUser user, @RequestBody(required = false) String csv) {
		return imports.load(user, csv);
	}

	record Added(UUID id) {
	}

	/**
	 * @param version the version the provision was read in
	 */
	record Withdrawal(Integer version) {
	}

}
