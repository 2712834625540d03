package nl.regie.referral;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;

/**
 * The team's norm, from the waitlist screen and the API: maximum open cases per FTE of
 * the core team.
 */
record CapacityForm(@NotNull @DecimalMin("0.1") @DecimalMax("99.9") BigDecimal maxCasesPerFte) {
}
