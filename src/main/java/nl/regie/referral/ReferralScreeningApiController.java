package nl.regie.referral;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import nl.regie.assessment.LifeDomain;
import nl.regie.household.HouseholdView;
import nl.regie.household.Involvement;
import nl.regie.identity.CurrentUser;
import nl.regie.platform.web.ApiConventions;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * One referral in the REST API: read it, fill the involvement register, record the
 * screening and decide; the same services as the screening screen.
 */
@RestController
@Tag(name = "referrals")
@ApiResponse(responseCode = "403",
		description = "Not the receiving team's team leader (or, for reading and the "
				+ "involvement register, team assistant)",
		content = @Content(mediaType = "application/problem+json"))
@ApiResponse(responseCode = "404", description = "No such referral",
		content = @Content(mediaType = "application/problem+json"))
class ReferralScreeningApiController {

	static final String PATH = ApiConventions.BASE_PATH + "/referrals/{id}";

	private final ReferralDetailsQuery query;

	private final ScreeningManagement decisions;

	private final MessageSource messages;

	private final ReferrerMessageManagement referrerMessages;

	private final ReferralConsentManagement consent;

	ReferralScreeningApiController(ReferralDetailsQuery query, ScreeningManagement decisions, MessageSource messages,
			ReferrerMessageManagement referrerMessages, ReferralConsentManagement consent) {
		this.query = query;
		this.decisions = decisions;
		this.messages = messages;
		this.referrerMessages = referrerMessages;
		this.consent = consent;
	}

	@GetMapping(PATH)
	@Operation(summary = "One referral with its household, involvement register, screening and decisions")
	@ApiResponse(responseCode = "200", description = "The referral")
	ReferralResource referral(CurrentUser user, @PathVariable UUID id, Locale locale) {
		return ReferralResource.of(query.details(user, id), rule -> messages.getMessage(rule.unmetKey(), null, locale));
	}

	@PostMapping(PATH + "/involvements")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add an organisation or professional to the household's involvement register")
	@ApiResponse(responseCode = "201", description = "Recorded")
	void involvement(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody InvolvementForm involvement) {
		decisions.recordInvolvement(user, id, involvement);
	}

	@PutMapping(PATH + "/screening")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Record (or correct, before the decision) the screening and coordination check")
	@ApiResponse(responseCode = "204", description = "Recorded")
	@ApiResponse(responseCode = "409", description = "Already decided",
			content = @Content(mediaType = "application/problem+json"))
	void screening(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody ScreeningForm screening) {
		decisions.screen(user, id, screening);
	}

	@PostMapping(PATH + "/decisions")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Decide: accept, decline, waitlist or hand over",
			description = "Send the version of the referral you decided on; when someone else decided first the "
					+ "answer is 409 and nothing is recorded.")
	@ApiResponse(responseCode = "201", description = "Decided; the status says what became of the referral")
	@ApiResponse(responseCode = "409", description = "Already decided, or decided by someone else meanwhile",
			content = @Content(mediaType = "application/problem+json"))
	Decided decide(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody DecisionForm decision) {
		return new Decided(decisions.decide(user, id, decision));
	}

	@PutMapping(PATH + "/consent")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Record whether the household consents to keeping the referrer informed",
			description = "Consent given later prepares the message about the current state; consent withdrawn "
					+ "removes prepared messages that were not sent yet.")
	@ApiResponse(responseCode = "204", description = "Recorded")
	void consent(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody Consent body) {
		consent.record(user, id, body.consentToInformReferrer());
	}

	record Consent(@NotNull Boolean consentToInformReferrer) {
	}

	@GetMapping(PATH + "/referrer-messages")
	@Operation(summary = "The messages Regie prepared for the referrer (Dutch), and whether they were sent",
			description = "Beyond the acknowledgement of receipt there are messages only when the household "
					+ "consented to informing the referrer.")
	@ApiResponse(responseCode = "200", description = "The messages, oldest first")
	List<ReferrerMessageManagement.Message> referrerMessages(CurrentUser user, @PathVariable UUID id) {
		return referrerMessages.of(user, id);
	}

	@PostMapping(PATH + "/referrer-messages/{messageId}/sent")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Record that a message was sent to the referrer")
	@ApiResponse(responseCode = "204", description = "Recorded, with the time and who sent it")
	@ApiResponse(responseCode = "409", description = "Already recorded as sent",
			content = @Content(mediaType = "application/problem+json"))
	void referrerMessageSent(CurrentUser user, @PathVariable UUID id, @PathVariable UUID messageId) {
		referrerMessages.markSent(user, id, messageId, SendMethod.COPY);
	}

	@PostMapping(PATH + "/referrer-messages/{messageId}/emails")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "E-mail a message to the referrer through the municipality's SMTP server",
			description = "Sends the message as it was prepared, in its language, and records it as sent by e-mail "
					+ "to this address. Without an SMTP server for the municipality, or when the server refuses, "
					+ "nothing is recorded and the answer is 400.")
	@ApiResponse(responseCode = "204", description = "Sent and recorded")
	@ApiResponse(responseCode = "409", description = "Already recorded as sent",
			content = @Content(mediaType = "application/problem+json"))
	void emailReferrerMessage(CurrentUser user, @PathVariable UUID id, @PathVariable UUID messageId,
			@RequestBody EmailForm email) {
		referrerMessages.email(user, id, messageId, email.emailAddress());
	}

	record Decided(ReferralStatus status) {
	}

	record ReferralResource(UUID id, int version, ReferralStatus status, LocalDate receivedOn,
			ReferralApiController.Referrer referrer, String referrerContact, String reason, Urgency urgency,
			List<String> lifeDomains, boolean openCaseAtIntake, boolean consentToInformReferrer, Household household,
			long childrenInHousehold, List<Involvement> involvements, Screening screening,
			List<UnmetFitRule> unmetFitRules, List<ReferralDetails.Decision> decisions) {

		static ReferralResource of(ReferralDetails details, Function<FitRule, String> reason) {
			return new ReferralResource(details.id(), details.version(), details.status(), details.receivedOn(),
					new ReferralApiController.Referrer(details.referrerType(), details.referrerOrganisation(),
							details.referrerName()),
					details.referrerContact(), details.reason(), details.urgency(),
					details.lifeDomains().stream().map(LifeDomain::code).toList(), details.openCaseAtIntake(),
					details.consentToInformReferrer(), Household.of(details.household()), details.childrenInHousehold(),
					details.involvements(), details.screening(),
					details.unmetFitRules()
						.stream()
						.map(rule -> new UnmetFitRule(rule.code(), rule.blocksAcceptance(), reason.apply(rule)))
						.toList(),
					details.decisions());
		}

	}

	record UnmetFitRule(String code, boolean blocksAcceptance, String reason) {
	}

	record Household(UUID id, String postcode, String houseNumber, String phone, List<Member> members) {

		static Household of(HouseholdView household) {
			return new Household(household.id(), household.postcode(), household.houseNumber(), household.phone(),
					household.members()
						.stream()
						.map(member -> new Member(member.givenName(), member.familyName(),
								member.dateOfBirth().value()))
						.toList());
		}

	}

	record Member(String givenName, String familyName, LocalDate dateOfBirth) {
	}

}
