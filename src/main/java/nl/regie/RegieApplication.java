package nl.regie;

import java.nio.file.Path;

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
		if (args.length == 2 && (args[0].equals("backup") || args[0].equals("restore"))) {
			System.exit(BackupCommand.run(args[0], Path.of(args[1])));
		}
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
