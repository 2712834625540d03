package nl.regie.bench.generate;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.UUID;

import net.datafaker.Faker;

/**
 * What the generated city is made of, kept in memory while its tables are written: the
 * municipalities, their areas, teams and accounts (small), the seeded random source and
 * pools of Dutch names. Everything follows from the seed, so a city is reproducible: the
 * same seed, size and reference date give the same rows.
 */
public final class City {

	public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

	/** Households per municipality in a large city; a smaller city has one. */
	static final int HOUSEHOLDS_PER_MUNICIPALITY = 250_000;

	/** Assumption (BENCHMARKS.md): each case manager carries 15–30 open cases. */
	static final int MIN_OPEN_CASES_PER_CASE_MANAGER = 15;

	static final int MAX_OPEN_CASES_PER_CASE_MANAGER = 30;

	private static final String[][] MUNICIPALITIES = { { "0363", "Amsterdam" }, { "0599", "Rotterdam" },
			{ "0518", "'s-Gravenhage" }, { "0344", "Utrecht" }, { "0772", "Eindhoven" }, { "0014", "Groningen" },
			{ "0855", "Tilburg" }, { "0034", "Almere" } };

	final Settings settings;

	final SplittableRandom random;

	final LocalDate today;

	final LocalDate firstDay;

	final List<Municipality> municipalities = new ArrayList<>();

	final Names names;

	/** Set by the organisation step: the teams households are spread over. */
	Team[] teamsByWeight;

	long[] teamWeights;

	/** Now, as the generated history sees it: noon of the reference date. */
	final Instant now;

	City(Settings settings) {
		this(settings, true);
	}

	City(Settings settings, boolean withNames) {
		this.settings = settings;
		this.random = new SplittableRandom(settings.seed());
		this.today = settings.today();
		this.firstDay = this.today.minusDays(Math.round(settings.years() * 365));
		this.now = this.today.atTime(12, 0).atZone(ZONE).toInstant();
		this.names = withNames ? new Names(settings.seed()) : null;
	}

	/** A random (version 4) UUID from the city's seed. */
	UUID id() {
		long msb = (this.random.nextLong() & ~0xF000L) | 0x4000L;
		long lsb = (this.random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
		return new UUID(msb, lsb);
	}

	int between(int fromInclusive, int toInclusive) {
		return fromInclusive + this.random.nextInt(toInclusive - fromInclusive + 1);
	}

	boolean chance(double probability) {
		return this.random.nextDouble() < probability;
	}

	<T> T pick(List<T> values) {
		return values.get(this.random.nextInt(values.size()));
	}

	<T> T pick(T[] values) {
		return values[this.random.nextInt(values.length)];
	}

	static String[] municipality(int index) {
		String[] known = MUNICIPALITIES[index % MUNICIPALITIES.length];
		int round = index / MUNICIPALITIES.length;
		return round == 0 ? known : new String[] { String.format("%04d", 9000 + index), known[1] + " " + (round + 1) };
	}

	/**
	 * The team of the next household: teams with more case managers get more households.
	 */
	Team teamForHousehold() {
		long total = this.teamWeights[this.teamWeights.length - 1];
		long ticket = this.random.nextLong(total);
		int low = 0;
		int high = this.teamWeights.length - 1;
		while (low < high) {
			int mid = (low + high) >>> 1;
			if (this.teamWeights[mid] > ticket) {
				high = mid;
			}
			else {
				low = mid + 1;
			}
		}
		return this.teamsByWeight[low];
	}

	/**
	 * What the generator is asked for.
	 *
	 * @param childrenShare share of households with children under 18
	 * @param years how far back the city's history goes
	 */
	public record Settings(long households, double childrenShare, double years, long seed, LocalDate today) {
	}

	/**
	 * @param volunteers accounts with the volunteer role (task cards), also in
	 * {@code staff}
	 * @param socialMap the provisions of its social map, set by the social-map step
	 */
	record Municipality(UUID id, String code, String name, List<Area> areas, List<Team> teams, List<User> staff,
			List<User> volunteers, List<Provision> socialMap) {
	}

	/**
	 * A provision of the social map, as the plan's owners refer to it.
	 *
	 * @param areaId {@code null}: serves the whole municipality
	 */
	record Provision(UUID id, UUID areaId, String organisation, String name, String kind, List<String> domains) {
	}

	/** An area (gebied) of a district (stadsdeel), with the postcode digits it covers. */
	record Area(UUID id, UUID levelId, UUID parentId, String name, int fromDigits, int toDigits) {
	}

	record Team(UUID id, Municipality municipality, Area area, String name, User leader, User assistant,
			List<User> caseManagers, List<User> outerRing) {
	}

	/**
	 * An account; a team's worker is also a team member ({@code memberId}, what the cases
	 * name as case manager, second visitor or backup), municipal staff are not.
	 */
	record User(UUID id, UUID municipalityId, UUID teamId, String username, String displayName, List<String> roles,
			UUID memberId) {

		String mainRole() {
			return this.roles.getFirst();
		}

	}

	/**
	 * Pools of Dutch names and streets from datafaker, drawn from with the city's seed.
	 */
	static final class Names {

		final String[] givenNames;

		final String[] familyNames;

		final String[] organisations;

		Names(long seed) {
			Faker faker = new Faker(Locale.of("nl"), new Random(seed));
			this.givenNames = new String[4000];
			this.familyNames = new String[4000];
			for (int i = 0; i < this.givenNames.length; i++) {
				this.givenNames[i] = faker.name().firstName();
				this.familyNames[i] = faker.name().lastName();
			}
			this.organisations = new String[200];
			for (int i = 0; i < this.organisations.length; i++) {
				this.organisations[i] = faker.company().name();
			}
		}

	}

}
