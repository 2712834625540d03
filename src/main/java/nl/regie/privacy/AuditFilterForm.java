package nl.regie.privacy;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import nl.regie.household.ValidBsn;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The privacy officer's filter. Sent by POST, never in the address: a BSN in a URL ends
 * up in browser histories and proxy logs.
 */
record AuditFilterForm(@ValidBsn String bsn, @Size(max = 60) String username,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, @Min(0) @Max(10_000) Integer page) {

	static AuditFilterForm empty() {
		return new AuditFilterForm(null, null, null, null, 0);
	}

	AuditTrailQuery.AuditFilter toFilter() {
		return new AuditTrailQuery.AuditFilter(blankToNull(bsn), blankToNull(username), from, to);
	}

	int pageOrFirst() {
		return page == null ? 0 : page;
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
