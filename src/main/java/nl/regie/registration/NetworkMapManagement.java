package nl.regie.registration;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import nl.regie.casefile.CaseRegistrationAccess.CaseOfHousehold;
import nl.regie.household.HouseholdView;
import nl.regie.household.Households;
import nl.regie.identity.CurrentUser;
import nl.regie.platform.domain.InvalidInput;
import nl.regie.platform.domain.InvalidInput.FieldProblem;
import nl.regie.platform.domain.NotFound;
import nl.regie.platform.domain.StateConflict;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The network map of a case's household: who is around it, and who of them may never be
 * contacted or told. Adds people, lets them leave with a date (kept in the history), and
 * reads the map for the screens, after the case's access rule; reads are reported.
 */
@Service
class NetworkMapManagement {

	static final int MAX_TEXT = 200;

	private final RegistrationAccessPolicy access;

	private final Households households;

	private final JdbcClient jdbc;

	private final Clock clock;

	NetworkMapManagement(RegistrationAccessPolicy access, Households households, JdbcClient jdbc, Clock clock) {
		this.access = access;
		this.households = households;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * The map with its history, and the professionals around the household at the first
	 * contact and now ("one household, one plan" made visible).
	 *
	 * @param professionalsAtIntake {@code null} before the first contact
	 */
	record NetworkMap(CaseOfHousehold caseFile, HouseholdView household, List<NetworkPerson> people,
			Integer professionalsAtIntake, long professionalsNow) {

		public List<NetworkPerson> current() {
			return people.stream().filter(NetworkPerson::onTheMap).toList();
		}

		public List<NetworkPerson> former() {
			return people.stream().filter(person -> !person.onTheMap()).toList();
		}

		public String memberName(UUID memberId) {
			return household.members()
				.stream()
				.filter(member -> member.id().equals(memberId))
				.map(HouseholdView.Member::givenName)
				.findFirst()
				.orElse(null);
		}

	}

	@Transactional
	NetworkMap map(CurrentUser user, UUID caseId) {
		CaseOfHousehold found = access.work(user, caseId);
		access.read(user, found, "network-map");
		return map(found);
	}

	NetworkMap map(CaseOfHousehold found) {
		HouseholdView household = households.find(found.municipalityId(), found.householdId())
			.orElseThrow(NotFound::new);
		List<NetworkPerson> people = people(found.municipalityId(), found.householdId());
		LocalDate firstContact = found.firstContactOn();
		return new NetworkMap(found, household, people,
				firstContact == null ? null : (int) people.stream()
					.filter(person -> person.kind() == NetworkKind.PROFESSIONAL && person.onTheMapOn(firstContact))
					.count(),
				people.stream()
					.filter(person -> person.kind() == NetworkKind.PROFESSIONAL && person.onTheMap())
					.count());
	}

	/**
	 * @throws InvalidInput naming each problem; nothing is saved
	 */
	@Transactional
	UUID add(CurrentUser user, UUID caseId, NetworkPersonForm form) {
		CaseOfHousehold found = access.work(user, caseId);
		HouseholdView household = households.find(found.municipalityId(), found.householdId())
			.orElseThrow(NotFound::new);
		LocalDate today = LocalDate.now(clock);
		LocalDate since = form.since() == null ? today : form.since();
		List<FieldProblem> problems = new ArrayList<>();
		if (blank(form.name()) && blank(form.organisation())) {
			problems.add(new FieldProblem("name", "network.identity.missing"));
		}
		if (form.kind() == null) {
			problems.add(new FieldProblem("kind", "network.kind.missing"));
		}
		if (form.relatedMemberId() != null
				&& household.members().stream().noneMatch(member -> member.id().equals(form.relatedMemberId()))) {
			problems.add(new FieldProblem("relatedMemberId", "network.member.unknown"));
		}
		if (since.isAfter(today)) {
			problems.add(new FieldProblem("since", "network.since.future"));
		}
		for (String[] text : new String[][] { { "name", form.name() }, { "organisation", form.organisation() },
				{ "role", form.role() }, { "reach", form.reach() } }) {
			if (text[1] != null && text[1].strip().length() > MAX_TEXT) {
				problems.add(new FieldProblem(text[0], "network.text.tooLong"));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		UUID id = UUID.randomUUID();
		jdbc.sql(
				"""
						insert into network_person (id, municipality_id, household_id, kind, name, organisation, related_member_id,
						    role, relation, reach, do_not_contact, must_not_know, since, recorded_by, recorded_at)
						values (:id, :m, :h, :kind, :name, :organisation, :member, :role, :relation, :reach, :doNotContact,
						    :mustNotKnow, :since, :by, :at)""")
			.param("id", id)
			.param("m", found.municipalityId())
			.param("h", found.householdId())
			.param("kind", form.kind().name())
			.param("name", stripped(form.name()))
			.param("organisation", stripped(form.organisation()))
			.param("member", form.relatedMemberId())
			.param("role", stripped(form.role()))
			.param("relation", (form.relation() == null ? NetworkRelation.UNKNOWN : form.relation()).name())
			.param("reach", stripped(form.reach()))
			.param("doNotContact", form.doNotContact())
			.param("mustNotKnow", form.mustNotKnow())
			.param("since", since)
			.param("by", user.userId())
			.param("at", Timestamp.from(clock.instant()))
			.update();
		return id;
	}

	/**
	 * Someone leaves the map on a day; they stay in its history.
	 * @throws InvalidInput when the day is before they joined, or in the future
	 * @throws StateConflict when they left already
	 */
	@Transactional
	void leave(CurrentUser user, UUID caseId, UUID personId, LocalDate until) {
		CaseOfHousehold found = access.work(user, caseId);
		NetworkPerson person = people(found.municipalityId(), found.householdId()).stream()
			.filter(candidate -> candidate.id().equals(personId))
			.findFirst()
			.orElseThrow(NotFound::new);
		if (!person.onTheMap()) {
			throw new StateConflict("network.left.already");
		}
		LocalDate day = until == null ? LocalDate.now(clock) : until;
		if (day.isBefore(person.since())) {
			throw InvalidInput.of("until", "network.until.beforeSince");
		}
		if (day.isAfter(LocalDate.now(clock))) {
			throw InvalidInput.of("until", "network.until.future");
		}
		int updated = jdbc
			.sql("update network_person set until = :until, version = version + 1 where id = :id and version = :v")
			.param("until", day)
			.param("id", personId)
			.param("v", person.version())
			.update();
		if (updated == 0) {
			throw new StateConflict("network.left.already");
		}
	}

	List<NetworkPerson> people(UUID municipalityId, UUID householdId) {
		return jdbc.sql("""
				select id, kind, name, organisation, related_member_id, role, relation, reach, do_not_contact,
				       must_not_know, since, until, version
				from network_person where municipality_id = :m and household_id = :h
				order by until nulls first, kind, since, recorded_at""")
			.param("m", municipalityId)
			.param("h", householdId)
			.query((rs, n) -> new NetworkPerson(rs.getObject("id", UUID.class),
					NetworkKind.valueOf(rs.getString("kind")), rs.getString("name"), rs.getString("organisation"),
					rs.getObject("related_member_id", UUID.class), rs.getString("role"),
					NetworkRelation.valueOf(rs.getString("relation")), rs.getString("reach"),
					rs.getBoolean("do_not_contact"), rs.getBoolean("must_not_know"),
					rs.getObject("since", LocalDate.class), rs.getObject("until", LocalDate.class),
					rs.getInt("version")))
			.list();
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	private static String stripped(String text) {
		return blank(text) ? null : text.strip();
	}

}
