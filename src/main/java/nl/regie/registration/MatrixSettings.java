package nl.regie.registration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When the matrix is due (DESIGN §2 step 5, issue 14), per installation:
 * {@code regie.matrix.intake-within-weeks} of the first contact (4),
 * {@code regie.matrix.review-every-months} while the case is active (6), and
 * {@code regie.matrix.at-closing} (true).
 */
@ConfigurationProperties("regie.matrix")
record MatrixSettings(@DefaultValue("4") int intakeWithinWeeks, @DefaultValue("6") int reviewEveryMonths,
		@DefaultValue("true") boolean atClosing) {

	MatrixSettings {
		if (intakeWithinWeeks < 1 || reviewEveryMonths < 1) {
			throw new IllegalArgumentException("regie.matrix: the intake weeks and review months are at least 1");
		}
	}

}
