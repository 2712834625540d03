package nl.regie.bench.load;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * Ways to draw a page's requests from the generated city. Users are spread over the
 * city's teams and municipalities ({@code md5} order, so the same city gives the same
 * users).
 */
final class Draw {

	private static final String[] GIVEN = { "Sanne", "Mohamed", "Daan", "Fatima", "Lotte", "Yusuf", "Emma", "Bram" };

	private static final String[] FAMILY = { "de Vries", "El Amrani", "Jansen", "Yilmaz", "Bakker", "Visser", "Mulder",
			"Bos" };

	private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

	private Draw() {
	}

	record User(String username, UUID teamId, UUID municipalityId) {
	}

	static List<User> users(Connection db, String role, int count) throws SQLException {
		try (PreparedStatement statement = db.prepareStatement("""
				select a.username, a.team_id, a.municipality_id from user_account a
				join user_role r on r.user_id = a.id
				where r.role = ? and a.enabled order by md5(a.username) limit ?""")) {
			statement.setString(1, role);
			statement.setInt(2, count);
			List<User> users = new ArrayList<>();
			try (ResultSet rs = statement.executeQuery()) {
				while (rs.next()) {
					users.add(new User(rs.getString(1), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class)));
				}
			}
			return users;
		}
	}

	/** The same page for every user. */
	static Page.Targets perUser(Function<User, String> path) {
		return (db, role, count) -> users(db, role, count).stream()
			.map(user -> Page.Target.get(user.username(), path.apply(user)))
			.toList();
	}

	/** Eight referrals of each user's own team. */
	static Page.Targets teamReferrals(Function<UUID, String> path) {
		return (db, role, count) -> {
			List<Page.Target> targets = new ArrayList<>();
			for (User user : users(db, role, count)) {
				for (UUID id : ids(db, "select id from referral where team_id = ? order by md5(id::text) limit 8",
						user.teamId())) {
					targets.add(Page.Target.get(user.username(), path.apply(id)));
				}
			}
			return targets;
		};
	}

	/**
	 * New households at an address in the team's area; every request adds one. Each
	 * target is a different mother and child (own dates of birth): with eight names and
	 * ten days the same person came back for teams across the city, so the intake matched
	 * a household only another team knows, and after 20 such matches an hour Regie
	 * refused the assistant (409, the medium run of 2 December).
	 */
	static List<Page.Target> newReferrals(Connection db, String role, int count) throws SQLException {
		List<Page.Target> targets = new ArrayList<>();
		int n = 0;
		for (User user : users(db, role, count)) {
			int digits = digits(db, user.teamId());
			for (int i = 0; i < 4; i++, n++) {
				String body = """
						{"referrer":{"type":"SOCIAL_DESK","organisation":"Sociaal Loket","name":"Anna Bakker",\
						"contact":"020-5551234"},"household":{"postcode":"%dAB","houseNumber":"%d","members":[\
						{"givenName":"%s","familyName":"%s","dateOfBirth":"%s"},\
						{"givenName":"%s","familyName":"%s","dateOfBirth":"%s"}]},\
						"reason":"Huurachterstand en zorgen over de kinderen.","lifeDomains":["FINANCES","HOUSING",\
						"DOMESTIC_RELATIONS"],"urgency":"NORMAL","householdKnows":true,"householdAgrees":true,\
						"consentToInformReferrer":true,"newHousehold":true}""".formatted(digits, 100 + n,
						GIVEN[n % GIVEN.length], FAMILY[n % FAMILY.length], LocalDate.of(1960, 1, 1).plusDays(n),
						GIVEN[(n + 3) % GIVEN.length], FAMILY[n % FAMILY.length], LocalDate.of(2010, 1, 1).plusDays(n));
				targets.add(new Page.Target(user.username(), "/api/v1/referrals", body));
			}
		}
		return targets;
	}

	/** The privacy officer looks up what a team leader of the own municipality read. */
	static List<Page.Target> auditByUsername(Connection db, String role, int count) throws SQLException {
		List<Page.Target> targets = new ArrayList<>();
		for (User officer : users(db, role, count)) {
			try (PreparedStatement statement = db.prepareStatement("""
					select a.username from user_account a join user_role r on r.user_id = a.id
					where a.municipality_id = ? and r.role = 'TEAM_LEADER' order by md5(a.username) limit 4""")) {
				statement.setObject(1, officer.municipalityId());
				try (ResultSet rs = statement.executeQuery()) {
					while (rs.next()) {
						targets.add(new Page.Target(officer.username(), "/privacy",
								"username=" + rs.getString(1) + "&_csrf=" + Page.CSRF));
					}
				}
			}
		}
		return targets;
	}

	/**
	 * Eight cases each user works as case manager, in the given stages (the cases of "my
	 * cases").
	 */
	static Page.Targets ownCases(String stages, Function<UUID, String> path) {
		return ownCases(stages, "true", path);
	}

	/**
	 * Eight cases each user works as case manager, in the given stages, that have what
	 * {@code having} asks (a condition on {@code c}, the case: that it has a plan, a task
	 * card, …).
	 */
	static Page.Targets ownCases(String stages, String having, Function<UUID, String> path) {
		return (db, role, count) -> {
			List<Page.Target> targets = new ArrayList<>();
			for (User user : users(db, role, count)) {
				try (PreparedStatement statement = db.prepareStatement("""
						select c.id from case_file c join team_member m on m.id = c.case_manager_id
						where m.username = ? and c.team_id = ? and c.stage = any (string_to_array(?, ','))
						and (%s) order by md5(c.id::text) limit 8""".formatted(having))) {
					statement.setString(1, user.username());
					statement.setObject(2, user.teamId());
					statement.setString(3, stages);
					try (ResultSet rs = statement.executeQuery()) {
						while (rs.next()) {
							targets.add(Page.Target.get(user.username(), path.apply(rs.getObject(1, UUID.class))));
						}
					}
				}
			}
			return targets;
		};
	}

	/**
	 * A contact in the journal of one of the user's active cases; every request adds one.
	 */
	static List<Page.Target> newContacts(Connection db, String role, int count) throws SQLException {
		List<Page.Target> targets = new ArrayList<>();
		for (Page.Target own : ownCases("ACTIVE", id -> "/api/v1/cases/" + id + "/contacts").draw(db, role, count)) {
			targets.add(new Page.Target(own.username(), own.path(), """
					{"contactOn":"%s","type":"PHONE","participants":"casusregisseur en moeder","durationMinutes":20,\
					"note":"Telefonisch bijgepraat over de afspraak bij schuldhulp.","questionSolved":false}"""
				.formatted(LocalDate.now(ZONE))));
		}
		return targets;
	}

	/**
	 * The team's next meeting (today or later): its agenda is what the team leader
	 * prepares.
	 */
	static Page.Targets nextMeeting(Function<UUID, String> path) {
		return (db, role, count) -> {
			List<Page.Target> targets = new ArrayList<>();
			for (User user : users(db, role, count)) {
				for (UUID id : ids(db, """
						select id from team_meeting where team_id = ? and held_on >= current_date
						order by held_on limit 1""", user.teamId())) {
					targets.add(Page.Target.get(user.username(), path.apply(id)));
				}
			}
			return targets;
		};
	}

	/**
	 * Searches for households the user's team knows, by what a team assistant types: a
	 * family name, or a given name and the start of a family name ("kees jans"); or a
	 * postcode. The body is made from the found member or household.
	 */
	static Page.Targets householdSearch(boolean byName, String path, Function<String[], String> body) {
		return (db, role, count) -> {
			List<Page.Target> targets = new ArrayList<>();
			for (User user : users(db, role, count)) {
				try (PreparedStatement statement = db.prepareStatement("""
						select m.given_name, m.family_name, h.postcode from household_team t
						join household h on h.id = t.household_id
						join household_member m on m.household_id = h.id
						where t.team_id = ? order by md5(m.id::text) limit 8""")) {
					statement.setObject(1, user.teamId());
					try (ResultSet rs = statement.executeQuery()) {
						int n = 0;
						while (rs.next()) {
							String family = rs.getString(2);
							String name = n++ % 2 == 0 ? family
									: rs.getString(1) + " " + family.substring(0, Math.min(4, family.length()));
							String[] criteria = byName ? new String[] { "name", name }
									: new String[] { "postcode", rs.getString(3) };
							targets.add(new Page.Target(user.username(), path, body.apply(criteria)));
						}
					}
				}
			}
			return targets;
		};
	}

	/**
	 * The social map as a case manager searches it: by a life domain, or by a word in a
	 * provision's name ("schuldhulp"), five searches each.
	 */
	static Page.Targets socialMap(String path) {
		String[] queries = { "lifeDomain=FINANCES", "lifeDomain=HOUSING", "words=inloop", "words=maatjesproject",
				"lifeDomain=MENTAL_HEALTH&words=begeleiding" };
		return (db, role, count) -> {
			List<Page.Target> targets = new ArrayList<>();
			for (User user : users(db, role, count)) {
				for (String query : queries) {
					targets.add(Page.Target.get(user.username(), path + "?" + query));
				}
			}
			return targets;
		};
	}

	/** A form body: the field, its value, and the CSRF token. */
	static String form(String[] criteria) {
		return criteria[0] + "=" + URLEncoder.encode(criteria[1], StandardCharsets.UTF_8) + "&_csrf=" + Page.CSRF;
	}

	/** A JSON body with one field. */
	static String json(String[] criteria) {
		return "{\"" + criteria[0] + "\":\"" + criteria[1].replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
	}

	private static int digits(Connection db, UUID teamId) throws SQLException {
		try (PreparedStatement statement = db.prepareStatement("""
				select p.from_digits from area_postcode_range p join team t on t.area_id = p.area_id
				where t.id = ? limit 1""")) {
			statement.setObject(1, teamId);
			try (ResultSet rs = statement.executeQuery()) {
				return rs.next() ? rs.getInt(1) : 1000;
			}
		}
	}

	private static List<UUID> ids(Connection db, String sql, UUID parameter) throws SQLException {
		try (PreparedStatement statement = db.prepareStatement(sql)) {
			statement.setObject(1, parameter);
			List<UUID> ids = new ArrayList<>();
			try (ResultSet rs = statement.executeQuery()) {
				while (rs.next()) {
					ids.add(rs.getObject(1, UUID.class));
				}
			}
			return ids;
		}
	}

}
