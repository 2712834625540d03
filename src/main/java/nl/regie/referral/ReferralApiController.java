package nl.regie.referral;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import nl.regie.assessment.LifeDomain;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.regie.identity.CurrentUser;
import nl.regie.platform.web.ApiConventions;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Referrals in the REST API; the same application service as the inbox screen.
 */
@RestController
@Tag(name = "referrals", description = "Referrals (aanmeldingen) to a neighbourhood team")
class ReferralApiController {

	private final ReferralInbox inbox;

	ReferralApiController(ReferralInbox inbox) {
		this.inbox = inbox;
	}

	@GetMapping(ApiConventions.BASE_PATH + "/referrals")
	@Operation(summary = "The referrals of the caller's team, newest first")
	@ApiResponse(responseCode = "200", description = "A page of referrals")
	ReferralList referrals(CurrentUser user,
			@Parameter(description = "Page number, from 0") @RequestParam(defaultValue = "0") int page) {
		InboxPage inboxPage = inbox.page(user, page);
		List<ReferralItem> items = inboxPage.entries().stream().map(ReferralItem::of).toList();
		return new ReferralList(items, new PageInfo(inboxPage.page(), inboxPage.size(), inboxPage.total()));
	}

	record ReferralList(List<ReferralItem> referrals, PageInfo page) {
	}

	record PageInfo(int number, int size, long totalElements) {
	}

	record ReferralItem(UUID id, LocalDate receivedOn, Referrer referrer, List<String> lifeDomains,
			ReferralStatus status) {

		static ReferralItem of(InboxEntry entry) {
			return new ReferralItem(entry.id(), entry.receivedOn(),
					new Referrer(entry.referrerType(), entry.referrerOrganisation(), entry.referrerName()),
					entry.lifeDomains().stream().map(LifeDomain::code).toList(), entry.status());
		}

	}

	record Referrer(ReferrerType type, String organisation, String name) {
	}

}
