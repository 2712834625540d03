package nl.regie.referral;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import nl.regie.household.MemberRelation;
import nl.regie.household.ValidBsn;
import nl.regie.household.ValidPostcode;
import nl.regie.platform.input.PlausibleDate;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A new referral as the intake form and the API receive it.
 *
 * @param linkToHousehold the existing household the referral is about, when Regie found
 * one the user's team knows
 * @param newHousehold {@code true} when the user checked the households Regie found and
 * none is this one
 */
record ReferralIntake(@NotNull @Valid Referrer referrer, @NotNull @Valid Household household, UUID areaId,
		@NotBlank @Size(max = 4000) String reason,
		@Size(max = ReferralIntake.LIFE_DOMAINS) List<@NotBlank String> lifeDomains, @NotNull Urgency urgency,
		Boolean householdKnows, Boolean householdAgrees, Boolean consentToInformReferrer, UUID linkToHousehold,
		Boolean newHousehold) {

	/** The 13 ZRM life domains: no referral names more. */
	static final int LIFE_DOMAINS = 13;

	/** A household this large is a typing error, not a household. */
	static final int MAX_MEMBERS = 30;

	/**
	 * Yes/no questions left out (an unticked checkbox, an API client that omits them)
	 * mean no. A life domain named twice counts once; a missing one stays, for validation
	 * to report.
	 */
	ReferralIntake {
		lifeDomains = lifeDomains == null ? List.of() : lifeDomains.stream().distinct().toList();
		householdKnows = Boolean.TRUE.equals(householdKnows);
		householdAgrees = Boolean.TRUE.equals(householdAgrees);
		consentToInformReferrer = Boolean.TRUE.equals(consentToInformReferrer);
		newHousehold = Boolean.TRUE.equals(newHousehold);
	}

	/** The same intake, with the user's answer to "is this a household Regie knows?". */
	ReferralIntake withHouseholdChoice(UUID link, boolean isNewHousehold) {
		return new ReferralIntake(referrer, household, areaId, reason, lifeDomains, urgency, householdKnows,
				householdAgrees, consentToInformReferrer, link, isNewHousehold);
	}

	static ReferralIntake empty() {
		return new ReferralIntake(new Referrer(null, null, null, null, LetterLanguage.NL),
				new Household(null, null, null, List.of(Member.empty())), null, null, List.of(), Urgency.NORMAL, false,
				false, false, null, false);
	}

	/** The same intake with other members: one added or removed on the form. */
	ReferralIntake withMembers(List<Member> members) {
		return new ReferralIntake(referrer,
				new Household(household.postcode(), household.houseNumber(), household.phone(), List.copyOf(members)),
				areaId, reason, lifeDomains, urgency, householdKnows, householdAgrees, consentToInformReferrer, null,
				false);
	}

	/**
	 * @param language of the letters to the referrer; Dutch when not given
	 */
	record Referrer(@NotNull ReferrerType type, @Size(max = 200) String organisation,
			@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 200) String contact,
			LetterLanguage language) {

		Referrer {
			language = language == null ? LetterLanguage.NL : language;
		}

	}

	record Household(@NotBlank @ValidPostcode String postcode, @NotBlank @Size(max = 20) String houseNumber,
			@Size(max = 40) String phone, @NotEmpty @Size(max = MAX_MEMBERS) @Valid List<@NotNull Member> members) {
	}

	/**
	 * @param relation how the member belongs to the household; {@code null} when not
	 * known
	 */
	record Member(@NotBlank @Size(max = 200) String givenName, @NotBlank @Size(max = 200) String familyName,
			@NotNull @PastOrPresent @PlausibleDate(from = PlausibleDate.BIRTH) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) LocalDate dateOfBirth,
			@ValidBsn String bsn, MemberRelation relation) {

		static Member empty() {
			return new Member(null, null, null, null, null);
		}

		/** Age in years, shown next to the date of birth; {@code null} without a date. */
		public Integer ageOn(LocalDate today) {
			return dateOfBirth == null || dateOfBirth.isAfter(today) ? null
					: Period.between(dateOfBirth, today).getYears();
		}

	}

}
