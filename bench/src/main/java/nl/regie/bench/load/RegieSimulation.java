package nl.regie.bench.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.jsonFile;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.uniformRandomSwitch;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * The load, in Gatling's Java DSL: a closed model (a fixed number of users, each sending
 * its next request as soon as the answer is in). First every page alone with a few users
 * to warm up, then every page alone at each level, then all pages mixed; one phase after
 * the other. Connections are shared and kept alive, as behind a proxy.
 */
public class RegieSimulation extends Simulation {

	private static final int WARMUP_USERS = 4;

	{
		Plan plan = plan();
		HttpProtocolBuilder protocol = http.baseUrl(plan.baseUrl())
			.disableFollowRedirect()
			.shareConnections()
			.acceptHeader("text/html,application/json");
		List<PopulationBuilder> phases = new ArrayList<>();
		if (plan.warmupSeconds() > 0) {
			for (Plan.PagePlan page : plan.pages()) {
				phases.add(phase("warmup: " + page.name(), page, WARMUP_USERS, plan.warmupSeconds()));
			}
		}
		for (int users : plan.levels()) {
			for (Plan.PagePlan page : plan.pages()) {
				phases.add(phase(Plan.requestName(page.name(), users), page, users, plan.phaseSeconds()));
			}
		}
		if (plan.mixedUsers() > 0) {
			List<ChainBuilder> choices = plan.pages()
				.stream()
				.map(page -> feed(jsonFile(page.feeder()).circular())
					.exec(request(Plan.mixedName(page.name(), plan.mixedUsers()), page)))
				.toList();
			phases.add(scenario("mixed").exec(uniformRandomSwitch().on(choices))
				.injectClosed(constantConcurrentUsers(plan.mixedUsers()).during(seconds(plan.mixedSeconds()))));
		}
		PopulationBuilder chain = phases.getLast();
		for (int i = phases.size() - 2; i >= 0; i--) {
			chain = phases.get(i).andThen(chain);
		}
		setUp(chain).protocols(protocol);
	}

	private static PopulationBuilder phase(String name, Plan.PagePlan page, int users, double seconds) {
		return scenario(name).feed(jsonFile(page.feeder()).circular())
			.exec(exec(request(name, page)))
			.injectClosed(constantConcurrentUsers(users).during(seconds(seconds)));
	}

	private static HttpRequestActionBuilder request(String name, Plan.PagePlan page) {
		HttpRequestActionBuilder request = page.method().equals("POST")
				? http(name).post("#{path}").body(StringBody("#{body}")) : http(name).get("#{path}");
		if (page.door() == Page.Door.SCREEN) {
			request = request.header("Cookie", "SESSION=#{session}");
			if (page.method().equals("POST")) {
				request = request.header("Content-Type", "application/x-www-form-urlencoded");
			}
		}
		else {
			request = request.header("Authorization", "Bearer #{token}");
			if (page.method().equals("POST")) {
				request = request.header("Content-Type", "application/json");
			}
		}
		return request.check(status().is(page.status()));
	}

	private static Duration seconds(double seconds) {
		return Duration.ofMillis(Math.round(seconds * 1000));
	}

	private static Plan plan() {
		try {
			return Plan.read(Path.of(System.getProperty(Plan.PROPERTY)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
