package nl.regie.referral;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springdoc.core.annotations.ParameterObject;

import nl.regie.assessment.LifeDomain;
import nl.regie.identity.CurrentUser;
import nl.regie.platform.web.ApiConventions;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Referrals in the REST API; the same application service as the inbox screen.
 */
@RestController
@Tag(name = "referrals", description = "Referrals (aanmeldingen) to a neighbourhood team")
class ReferralApiController {

	private final InboxQuery inbox;

	private final MessageSource messages;

	private final ReferralIntakeManagement intakes;

	ReferralApiController(InboxQuery inbox, ReferralIntakeManagement intakes, MessageSource messages) {
		this.messages = messages;
		this.inbox = inbox;
		this.intakes = intakes;
	}

	@PostMapping(ApiConventions.BASE_PATH + "/referrals")
	@Operation(summary = "Record a referral for the caller's team",
			description = "When Regie may already know the household (same BSN, same name and date of birth, or same "
					+ "address) it answers 409 with the households found; send the referral again with "
					+ "linkToHousehold set to one of them, or with newHousehold true. Names and address come only "
					+ "for households the caller's team has a referral or case of; for the others only the id, "
					+ "the reasons and knownToAnotherTeam. Only a household the caller's team knows can be linked: "
					+ "linking another team's household, or a BSN that belongs to one, answers 409 naming the "
					+ "team to contact, and nothing is saved.")
	@ApiResponse(responseCode = "201", description = "Referral recorded")
	@ApiResponse(responseCode = "403", description = "Not the team leader or a team assistant of a team",
			content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "409",
			description = "Regie may know the household: choose; or the household is known only to another team",
			content = @Content(mediaType = "application/problem+json"))
	ResponseEntity<Created> register(CurrentUser user, @Valid @RequestBody ReferralIntake intake) {
		UUID id = intakes.register(user, intake);
		return ResponseEntity.created(URI.create(ApiConventions.BASE_PATH + "/referrals/" + id)).body(new Created(id));
	}

	@ExceptionHandler(HouseholdChoiceNeeded.class)
	ResponseEntity<ProblemDetail> householdChoiceNeeded(HouseholdChoiceNeeded choice, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				messages.getMessage("intake.matches.intro", null, locale));
		problem.setTitle(messages.getMessage("intake.matches.title", null, locale));
		problem.setProperty("matches", choice.matches());
		return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	/** Only the teams' names: nothing about the household's members. */
	@ExceptionHandler(HouseholdOfAnotherTeam.class)
	ResponseEntity<ProblemDetail> householdOfAnotherTeam(HouseholdOfAnotherTeam refused, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				messages.getMessage(refused.code(), refused.arguments(), locale));
		problem.setTitle(messages.getMessage("referral.household.otherTeam.title", null, locale));
		return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	record Created(UUID id) {
	}

	@GetMapping(ApiConventions.BASE_PATH + "/referrals")
	@Operation(summary = "The referrals of the caller's team, newest first, optionally filtered",
			description = "Filters: status, referrerType, area (id) and waitingLongerThanDays (received or "
					+ "waitlisted for more days than this). Counts per status and the number waiting longer than "
					+ "the team's signal come with every page.")
	@ApiResponse(responseCode = "200", description = "A page of referrals")
	@ApiResponse(responseCode = "403", description = "Not the team leader or a team assistant of a team",
			content = @Content(mediaType = "application/problem+json"))
	ReferralList referrals(CurrentUser user, @Valid @ParameterObject InboxFilter filter,
			@Parameter(description = "Page number, from 0") @RequestParam(defaultValue = "0") int page) {
		InboxPage inboxPage = inbox.page(user, filter, page);
		List<ReferralItem> items = inboxPage.entries().stream().map(ReferralItem::of).toList();
		return new ReferralList(items, new PageInfo(inboxPage.page(), inboxPage.size(), inboxPage.total()),
				inboxPage.countsByStatus(), inboxPage.waitingTooLong(), inboxPage.waitingSignalDays(),
				inboxPage.referrersToInform());
	}

	/**
	 * @param waitingTooLong referrals still waiting (received or waitlisted) for more
	 * than waitingSignalDays
	 * @param referrersToInform referrals with a message for the referrer not sent yet
	 */
	/**
	 * @param otherMembers how many members the household has besides the one named
	 */
	record HouseholdItem(UUID id, String name, int otherMembers, String postcode) {
	}

	record ReferralList(List<ReferralItem> referrals, PageInfo page, Map<ReferralStatus, Long> countsByStatus,
			long waitingTooLong, int waitingSignalDays, long referrersToInform) {
	}

	record PageInfo(int number, int size, long totalElements) {
	}

	/**
	 * @param household the household by its first member (a parent, else the oldest) and
	 * postcode
	 */
	record ReferralItem(UUID id, HouseholdItem household, LocalDate receivedOn, Referrer referrer,
			List<String> lifeDomains, ReferralStatus status, boolean referrerToInform, Long waitingDays,
			boolean waitingTooLong, boolean openCaseAtIntake) {

		static ReferralItem of(InboxEntry entry) {
			return new ReferralItem(entry.id(),
					new HouseholdItem(entry.householdId(), entry.householdName(), entry.otherMembers(),
							entry.postcode()),
					entry.receivedOn(),
					new Referrer(entry.referrerType(), entry.referrerOrganisation(), entry.referrerName()),
					entry.lifeDomains().stream().map(LifeDomain::code).toList(), entry.status(),
					entry.referrerToInform(), entry.waitingDays(), entry.waitingTooLong(), entry.openCaseAtIntake());
		}

	}

	record Referrer(ReferrerType type, String organisation, String name) {
	}

}
