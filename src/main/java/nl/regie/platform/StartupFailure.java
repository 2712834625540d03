package nl.regie.platform;

import java.net.ConnectException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.web.server.PortInUseException;

/**
 * Turns whatever stopped the start-up into one line an operator can act on.
 */
public final class StartupFailure {

	private StartupFailure() {
	}

	public static String describe(Throwable failure) {
		List<Throwable> chain = causes(failure);
		for (Throwable cause : chain) {
			if (cause instanceof RegieStartupException) {
				return "Regie did not start: " + cause.getMessage();
			}
			if (cause instanceof PortInUseException portInUse) {
				return "Regie did not start: port " + portInUse.getPort()
						+ " is already in use (another Regie running?); set SERVER_PORT to use another port.";
			}
			if (cause instanceof ConnectException) {
				return "Regie did not start: the database cannot be reached (" + cause.getMessage()
						+ "); check SPRING_DATASOURCE_URL.";
			}
		}
		Throwable root = chain.get(chain.size() - 1);
		return "Regie did not start: " + root.getClass().getSimpleName() + ": " + root.getMessage();
	}

	private static List<Throwable> causes(Throwable failure) {
		List<Throwable> chain = new ArrayList<>();
		for (Throwable t = failure; t != null && !chain.contains(t); t = t.getCause()) {
			chain.add(t);
		}
		return chain;
	}

}
