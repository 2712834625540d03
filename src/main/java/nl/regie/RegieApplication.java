package nl.regie;

import nl.regie.platform.StartupFailure;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/**
 * Regie: case coordination for integrated social neighbourhood teams.
 */
@SpringBootApplication
@Modulithic(sharedModules = "platform")
public class RegieApplication {

	public static void main(String[] args) {
		try {
			SpringApplication.run(RegieApplication.class, args);
		}
		catch (Throwable failure) {
			// Operators need the cause in one line, not a wall of stack frames.
			System.err.println(StartupFailure.describe(failure));
			System.exit(1);
		}
	}

}
