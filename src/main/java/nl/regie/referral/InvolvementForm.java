package nl.regie.referral;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import nl.regie.household.Involvement;
import nl.regie.platform.input.PlausibleDate;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * An entry for the household's involvement register, from the screening screen or the
 * API.
 */
record InvolvementForm(@NotBlank @Size(max = 200) String organisation, @Size(max = 200) String professional,
		@NotBlank @Size(max = 200) String role, @PastOrPresent @PlausibleDate(
				from = PlausibleDate.MUNICIPAL) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate since,
		Boolean leadAgency) {

	static InvolvementForm empty() {
		return new InvolvementForm(null, null, null, null, false);
	}

	Involvement toInvolvement() {
		return new Involvement(null, organisation, professional == null || professional.isBlank() ? null : professional,
				role, since, Boolean.TRUE.equals(leadAgency));
	}

}
