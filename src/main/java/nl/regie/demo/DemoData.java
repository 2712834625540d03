package nl.regie.demo;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.regie.identity.Role;
import nl.regie.organisation.TeamPosition;
import nl.regie.referral.ReferralStatus;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fills an empty database with the demo municipality, once. Writes straight into the
 * modules' tables: demo data is the one place that may, because it stands in for what
 * years of use would have recorded, and it never runs outside the {@code demo} profile.
 */
@Component
@Profile("demo")
class DemoData implements ApplicationRunner {

	static final String PASSWORD = "regie-demo";

	static final String MUNICIPALITY_CODE = "0363";

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private final JdbcClient jdbc;

	private final PasswordEncoder passwords;

	private final Clock clock;

	DemoData(JdbcClient jdbc, PasswordEncoder passwords, Clock clock) {
		this.jdbc = jdbc;
		this.passwords = passwords;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		boolean present = jdbc.sql("select count(*) from municipality where code = :code")
			.param("code", MUNICIPALITY_CODE)
			.query(Integer.class)
			.single() > 0;
		if (present) {
			log.info("Demo data already present; keeping what was entered since");
			return;
		}
		UUID amsterdam = insert("insert into municipality (id, code, name) values (:id, :code, 'Amsterdam')", "code",
				MUNICIPALITY_CODE);
		UUID team = organisation(amsterdam);
		accounts(amsterdam, team);
		DemoHouseholds.ALL.forEach(household -> household(amsterdam, team, household));
		log.info("Demo data created: municipality Amsterdam, team Samen DOEN Geuzenveld-Slotermeer, {} households",
				DemoHouseholds.ALL.size());
	}

	private UUID organisation(UUID municipality) {
		UUID district = level(municipality, 1, "Stadsdeel");
		UUID area = level(municipality, 2, "Gebied");
		UUID nieuwWest = area(municipality, district, null, "Nieuw-West");
		UUID zuidoost = area(municipality, district, null, "Zuidoost");
		UUID noord = area(municipality, district, null, "Noord");
		UUID geuzenveld = area(municipality, area, nieuwWest, "Geuzenveld-Slotermeer");
		UUID osdorp = area(municipality, area, nieuwWest, "Osdorp");
		postcodes(municipality, geuzenveld, 1064, 1064);
		postcodes(municipality, geuzenveld, 1067, 1068);
		postcodes(municipality, osdorp, 1069, 1069);
		area(municipality, area, zuidoost, "Bijlmer-Centrum");
		area(municipality, area, zuidoost, "Gaasperdam");
		area(municipality, area, noord, "Noord-Oost");
		UUID team = UUID.randomUUID();
		jdbc.sql("insert into team (id, municipality_id, area_id, name) values (:id, :m, :a, :n)")
			.param("id", team)
			.param("m", municipality)
			.param("a", geuzenveld)
			.param("n", "Samen DOEN Geuzenveld-Slotermeer")
			.update();
		member(municipality, team, "Marieke Jansen", TeamPosition.TEAM_LEADER, "Combiwel", "Maatschappelijk werk", 36,
				"teamleider");
		member(municipality, team, "Sevda Aydın", TeamPosition.TEAM_ASSISTANT, "Combiwel", "Administratie", 24,
				"teamassistent");
		member(municipality, team, "Jeroen Smit", TeamPosition.CORE, "Combiwel", "Maatschappelijk werk", 32,
				"casemanager");
		member(municipality, team, "Nadia Amrani", TeamPosition.CORE, "Spirit", "Jeugdzorg", 24, "kernteamlid");
		member(municipality, team, "Frank de Wit", TeamPosition.CORE, "Doras", "Schuldhulpverlening", 16, null);
		member(municipality, team, "Linda Verbeek", TeamPosition.CORE, "Arkin", "GGZ", 16, null);
		member(municipality, team, "Hakan Öztürk", TeamPosition.CORE, "DWI", "Werk en inkomen", 12, null);
		member(municipality, team, "Carla Mendes", TeamPosition.OUTER_RING, "GGD", "Jeugdarts", null, "specialist");
		member(municipality, team, "Theo Brink", TeamPosition.OUTER_RING, "Jellinek", "Verslavingszorg", null, null);
		member(municipality, team, "Ingrid Smulders", TeamPosition.OUTER_RING, "Stadgenoot", "Woonconsulent", null,
				null);
		member(municipality, team, "Bas Hofman", TeamPosition.OUTER_RING, "Leger des Heils", "Bemoeizorg", null, null);
		return team;
	}

	private void accounts(UUID municipality, UUID team) {
		account(municipality, team, "teamleider", "Marieke Jansen", Role.TEAM_LEADER);
		account(municipality, team, "teamassistent", "Sevda Aydın", Role.TEAM_ASSISTANT);
		account(municipality, team, "casemanager", "Jeroen Smit", Role.CASE_MANAGER);
		account(municipality, team, "kernteamlid", "Nadia Amrani", Role.CORE_TEAM_MEMBER);
		account(municipality, team, "specialist", "Carla Mendes", Role.OUTER_RING_SPECIALIST);
		account(municipality, team, "vrijwilliger", "Ahmed Benali", Role.VOLUNTEER);
		account(municipality, null, "huishouden", "Samira El Idrissi", Role.HOUSEHOLD);
		account(municipality, null, "beleid", "Joost van Leeuwen", Role.POLICY_OFFICER);
		account(municipality, null, "beheerder", "Petra Kuipers", Role.FUNCTIONAL_ADMINISTRATOR);
	}

	private void household(UUID municipality, UUID team, DemoHousehold demo) {
		UUID household = UUID.randomUUID();
		jdbc.sql("""
				insert into household (id, municipality_id, postcode, house_number, created_at)
				values (:id, :m, :postcode, :number, :now)""")
			.param("id", household)
			.param("m", municipality)
			.param("postcode", demo.postcode())
			.param("number", demo.houseNumber())
			.param("now", Timestamp.from(clock.instant()))
			.update();
		DemoInvolvements.BY_ADDRESS.getOrDefault(demo.postcode() + " " + demo.houseNumber(), List.of())
			.forEach(involved -> jdbc.sql("""
					insert into household_involvement
					    (id, municipality_id, household_id, organisation, professional, role, lead_agency, recorded_at)
					values (:id, :m, :h, :organisation, :professional, :role, :lead, :now)""")
				.param("id", UUID.randomUUID())
				.param("m", municipality)
				.param("h", household)
				.param("organisation", involved.get(0))
				.param("professional", involved.get(1))
				.param("role", involved.get(2))
				.param("lead", Boolean.parseBoolean(involved.get(3)))
				.param("now", Timestamp.from(clock.instant()))
				.update());
		for (String member : demo.members()) {
			String[] parts = member.split(" ");
			jdbc.sql(
					"""
							insert into household_member (id, municipality_id, household_id, given_name, family_name, date_of_birth)
							values (:id, :m, :h, :given, :family, :born)""")
				.param("id", UUID.randomUUID())
				.param("m", municipality)
				.param("h", household)
				.param("given", parts[0])
				.param("family", String.join(" ", Arrays.copyOfRange(parts, 1, parts.length - 1)))
				.param("born", LocalDate.parse(parts[parts.length - 1]))
				.update();
		}
		LocalDate received = LocalDate.now(clock).minusDays(demo.daysAgo());
		UUID referral = UUID.randomUUID();
		jdbc.sql("""
				insert into referral (id, municipality_id, team_id, household_id, received_on, referrer_type,
				    referrer_organisation, referrer_name, referrer_contact, reason, urgency, status, children_at_intake,
				    version, created_at)
				values (:id, :m, :t, :h, :received, :type, :org, :name, :contact, :reason, :urgency, :status, :children,
				    :version, :now)""")
			.param("id", referral)
			.param("version", demo.status() == ReferralStatus.RECEIVED ? 0 : 1)
			.param("m", municipality)
			.param("t", team)
			.param("h", household)
			.param("received", received)
			.param("type", demo.referrerType().name())
			.param("org", demo.referrerOrganisation())
			.param("name", demo.referrerName())
			.param("contact", "020 555 0100")
			.param("reason", demo.reason())
			.param("urgency", demo.urgency())
			.param("status", demo.status().name())
			.param("children",
					demo.members()
						.stream()
						.filter(member -> LocalDate.parse(member.substring(member.lastIndexOf(' ') + 1))
							.isAfter(received.minusYears(18)))
						.count())
			.param("now", Timestamp.from(clock.instant()))
			.update();
		for (String domain : demo.lifeDomains()) {
			jdbc.sql("insert into referral_life_domain (referral_id, municipality_id, life_domain) values (:r, :m, :d)")
				.param("r", referral)
				.param("m", municipality)
				.param("d", domain)
				.update();
		}
		if (demo.status() != ReferralStatus.RECEIVED) {
			screenedAndDecided(municipality, referral, demo, received);
		}
		if (demo.stage() != null) {
			jdbc.sql("""
					insert into case_file (id, municipality_id, team_id, household_id, referral_id, stage, opened_on)
					values (:id, :m, :t, :h, :r, :stage, :opened)""")
				.param("id", UUID.randomUUID())
				.param("m", municipality)
				.param("t", team)
				.param("h", household)
				.param("r", referral)
				.param("stage", demo.stage().name())
				.param("opened", received.plusDays(3))
				.update();
		}
	}

	/**
	 * A referral past intake was screened and decided on by the team leader, as the
	 * method requires: without these rows a waitlisted demo household could never leave
	 * the waitlist.
	 */
	private void screenedAndDecided(UUID municipality, UUID referral, DemoHousehold demo, LocalDate received) {
		UUID teamLeader = jdbc.sql("select id from user_account where municipality_id = :m and username = 'teamleider'")
			.param("m", municipality)
			.query(UUID.class)
			.single();
		boolean handedOver = demo.status() == ReferralStatus.HANDED_OVER;
		jdbc.sql("""
				insert into referral_screening (referral_id, municipality_id, several_life_domains, acute_crisis,
				    child_safety_concern, compulsory_care_excludes, coordination_outcome, screened_by, screened_at)
				values (:r, :m, :several, false, :child, false, 'TEAM_COORDINATES', :by, :at)""")
			.param("r", referral)
			.param("m", municipality)
			.param("several", demo.lifeDomains().size() > 1)
			.param("child", handedOver)
			.param("by", teamLeader)
			.param("at", Timestamp.from(received.plusDays(1).atStartOfDay(clock.getZone()).toInstant()))
			.update();
		DemoDecision decision = DemoDecision.of(demo.status());
		jdbc.sql("""
				insert into referral_decision (id, referral_id, municipality_id, outcome, resulting_status, reason,
				    decline_reason, advice, handover_to, decided_by, decided_by_name, decided_at)
				values (:id, :r, :m, :outcome, :status, :reason, :declineReason, :advice, :handoverTo, :by,
				    'Marieke Jansen', :at)""")
			.param("id", UUID.randomUUID())
			.param("r", referral)
			.param("m", municipality)
			.param("outcome", decision.outcome())
			.param("status", demo.status().name())
			.param("reason", decision.reason())
			.param("declineReason", decision.declineReason())
			.param("advice", decision.advice())
			.param("handoverTo", decision.handoverTo())
			.param("by", teamLeader)
			.param("at", Timestamp.from(received.plusDays(2).atStartOfDay(clock.getZone()).toInstant()))
			.update();
	}

	/** The decision that put a demo referral in its status. */
	private record DemoDecision(String outcome, String reason, String declineReason, String advice, String handoverTo) {

		static DemoDecision of(ReferralStatus status) {
			return switch (status) {
				case ACCEPTED ->
					new DemoDecision("ACCEPT", "Meerdere leefgebieden, niemand heeft de regie.", null, null, null);
				case WAITLISTED ->
					new DemoDecision("WAITLIST", "Past bij het team; het team zit vol.", null, null, null);
				case DECLINED -> new DemoDecision("DECLINE", "Eén leefgebied: eenzaamheid.", "SINGLE_LIFE_DOMAIN",
						"Buurtkamer en maatje via Buurtnetwerk Slotermeer.", null);
				case HANDED_OVER ->
					new DemoDecision("HAND_OVER", "Zorgen om de veiligheid van het kind.", null, null, "VEILIG_THUIS");
				case RECEIVED -> throw new IllegalArgumentException("a received referral has no decision yet");
			};
		}

	}

	private void postcodes(UUID municipality, UUID area, int from, int to) {
		jdbc.sql("""
				insert into area_postcode_range (id, municipality_id, area_id, from_digits, to_digits)
				values (:id, :m, :a, :from, :to)""")
			.param("id", UUID.randomUUID())
			.param("m", municipality)
			.param("a", area)
			.param("from", from)
			.param("to", to)
			.update();
	}

	private UUID level(UUID municipality, int depth, String name) {
		UUID id = UUID.randomUUID();
		jdbc.sql("insert into area_level (id, municipality_id, depth, name) values (:id, :m, :d, :n)")
			.param("id", id)
			.param("m", municipality)
			.param("d", depth)
			.param("n", name)
			.update();
		return id;
	}

	private UUID area(UUID municipality, UUID level, UUID parent, String name) {
		UUID id = UUID.randomUUID();
		jdbc.sql("insert into area (id, municipality_id, level_id, parent_id, name) values (:id, :m, :l, :p, :n)")
			.param("id", id)
			.param("m", municipality)
			.param("l", level)
			.param("p", parent)
			.param("n", name)
			.update();
		return id;
	}

	private void member(UUID municipality, UUID team, String name, TeamPosition position, String homeOrganisation,
			String discipline, Integer hours, String username) {
		jdbc.sql("""
				insert into team_member (id, municipality_id, team_id, name, position, home_organisation, discipline,
				    hours_per_week, username)
				values (:id, :m, :t, :name, :position, :home, :discipline, :hours, :username)""")
			.param("id", UUID.randomUUID())
			.param("m", municipality)
			.param("t", team)
			.param("name", name)
			.param("position", position.name())
			.param("home", homeOrganisation)
			.param("discipline", discipline)
			.param("hours", hours == null ? null : BigDecimal.valueOf(hours))
			.param("username", username)
			.update();
	}

	private void account(UUID municipality, UUID team, String username, String displayName, Role role) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into user_account (id, municipality_id, username, display_name, password_hash, team_id)
				values (:id, :m, :u, :d, :p, :t)""")
			.param("id", id)
			.param("m", municipality)
			.param("u", username)
			.param("d", displayName)
			.param("p", passwords.encode(PASSWORD))
			.param("t", team)
			.update();
		jdbc.sql("insert into user_role (user_id, municipality_id, role) values (:id, :m, :r)")
			.param("id", id)
			.param("m", municipality)
			.param("r", role.name())
			.update();
	}

	private UUID insert(String sql, String name, Object value) {
		UUID id = UUID.randomUUID();
		jdbc.sql(sql).param("id", id).param(name, value).update();
		return id;
	}

}
