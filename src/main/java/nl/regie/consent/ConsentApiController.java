package nl.regie.consent;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
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
 * A case's consents and sharing acts in the REST API: the same service and access rule as
 * the screen.
 */
@RestController
@Tag(name = "consent", description = "Consents per household member and the legal basis of every act of sharing")
@ApiResponse(responseCode = "403", description = "Not someone who works this case (DESIGN §5)",
		content = @Content(mediaType = "application/problem+json"))
@ApiResponse(responseCode = "404", description = "No such case or consent of the user's team",
		content = @Content(mediaType = "application/problem+json"))
class ConsentApiController {

	static final String PATH = ApiConventions.BASE_PATH + "/cases/{caseId}";

	private final ConsentManagement management;

	private final Clock clock;

	ConsentApiController(ConsentManagement management, Clock clock) {
		this.management = management;
		this.clock = clock;
	}

	@GetMapping(PATH + "/consents")
	@Operation(summary = "The case's consents and sharing acts, newest first")
	@ApiResponse(responseCode = "200", description = "What is on record")
	CaseConsentsBody consents(CurrentUser user, @PathVariable UUID caseId) {
		var record = management.view(user, caseId);
		return new CaseConsentsBody(record.consents().stream().map(c -> ConsentBody.of(c, record.today())).toList(),
				record.sharingActs(), record.teamBasisHolds());
	}

	@PostMapping(PATH + "/consents")
	@Operation(summary = "Record a household member's consent",
			description = "Given today or earlier; with a recipient and a purpose; a verbal consent names its witness.")
	@ApiResponse(responseCode = "201", description = "Recorded")
	@ApiResponse(responseCode = "400", description = "Not a valid consent; each problem named at its field",
			content = @Content(mediaType = "application/problem+json"))
	ResponseEntity<ConsentBody> give(CurrentUser user, @PathVariable UUID caseId, @RequestBody ConsentDraft draft) {
		Consent consent = management.give(user, caseId, draft);
		return ResponseEntity
			.created(URI.create(ApiConventions.BASE_PATH + "/cases/" + caseId + "/consents/" + consent.id()))
			.body(ConsentBody.of(consent, LocalDate.now(clock)));
	}

	@PostMapping(PATH + "/consents/{consentId}/withdrawal")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Withdraw a consent; what rested on it stops")
	@ApiResponse(responseCode = "204", description = "Withdrawn")
	@ApiResponse(responseCode = "400", description = "Dated before it was given, or in the future",
			content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "409", description = "Withdrawn already",
			content = @Content(mediaType = "application/problem+json"))
	void withdraw(CurrentUser user, @PathVariable UUID caseId, @PathVariable UUID consentId,
			@RequestBody Withdrawal body) {
		management.withdraw(user, caseId, consentId, body.withdrawnOn());
	}

	@PostMapping(PATH + "/sharing-acts")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Record an act of sharing with its legal basis",
			description = "Consent as the basis names a consent of the same purpose that holds on the day.")
	@ApiResponse(responseCode = "201", description = "Recorded")
	@ApiResponse(responseCode = "400", description = "No legal basis, or a consent that does not hold",
			content = @Content(mediaType = "application/problem+json"))
	SharingAct share(CurrentUser user, @PathVariable UUID caseId, @RequestBody SharingDraft draft) {
		return management.share(user, caseId, draft);
	}

	record Withdrawal(LocalDate withdrawnOn) {
	}

	record CaseConsentsBody(List<ConsentBody> consents, List<SharingAct> sharingActs, boolean teamBasisHolds) {
	}

	record ConsentBody(UUID id, UUID memberId, SharingPurpose purpose, String information, String recipient,
			String purposeNote, LocalDate givenOn, Consent.GivenHow givenHow, String witness, LocalDate validUntil,
			LocalDate withdrawnOn, boolean holdsToday) {

		static ConsentBody of(Consent c, LocalDate today) {
			return new ConsentBody(c.id(), c.memberId(), c.purpose(), c.information(), c.recipient(), c.purposeNote(),
					c.givenOn(), c.givenHow(), c.witness(), c.validUntil(), c.withdrawnOn(), c.validOn(today));
		}

	}

}
