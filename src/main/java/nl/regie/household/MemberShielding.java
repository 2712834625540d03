package nl.regie.household;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.regie.platform.domain.InvalidInput;
import nl.regie.platform.domain.NotFound;
import nl.regie.platform.domain.StateConflict;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Shielding members' information from the other members, and the {@link Disclosure} that
 * follows from it. Callers check who may change or read the household.
 */
@Service
public class MemberShielding {

	private final JdbcClient jdbc;

	private final Households households;

	private final Clock clock;

	MemberShielding(JdbcClient jdbc, Households households, Clock clock) {
		this.jdbc = jdbc;
		this.households = households;
		this.clock = clock;
	}

	/**
	 * @throws InvalidInput when no member is named, or naming each problem of the
	 * shielding
	 * @throws NotFound when the member is not a current member of the household
	 * @throws StateConflict when the member is shielded already
	 */
	@Transactional
	public Shielding shield(UUID municipalityId, UUID householdId, UUID memberId, Shielding.Reason reason,
			String explanation, LocalDate since, String recordedBy) {
		if (memberId == null) {
			throw InvalidInput.of("memberId", "shielding.member.missing");
		}
		HouseholdView.Member member = currentMembers(municipalityId, householdId).stream()
			.filter(m -> m.id().equals(memberId))
			.findFirst()
			.orElseThrow(NotFound::new);
		Shielding shielding = Shielding.start(member, householdId, reason, explanation, since, LocalDate.now(clock),
				recordedBy);
		int added = jdbc.sql("""
				insert into member_shielding (id, municipality_id, household_id, member_id, reason, explanation, since,
				    recorded_by, recorded_at)
				values (:id, :m, :h, :member, :reason, :explanation, :since, :by, :at)
				on conflict (member_id) where lifted_on is null do nothing""")
			.param("id", shielding.id())
			.param("m", municipalityId)
			.param("h", householdId)
			.param("member", memberId)
			.param("reason", reason.name())
			.param("explanation", shielding.explanation())
			.param("since", since)
			.param("by", recordedBy)
			.param("at", Timestamp.from(clock.instant()))
			.update();
		if (added == 0) {
			throw new StateConflict("shielding.alreadyHolds");
		}
		return shielding;
	}

	/**
	 * @param version the version the user saw
	 * @throws StateConflict when it was lifted or changed meanwhile
	 */
	@Transactional
	public Shielding lift(UUID municipalityId, UUID householdId, UUID shieldingId, int version, LocalDate on,
			String by) {
		Shielding lifted = of(municipalityId, householdId).stream()
			.filter(s -> s.id().equals(shieldingId))
			.findFirst()
			.orElseThrow(NotFound::new)
			.lift(on, LocalDate.now(clock), by);
		int changed = jdbc.sql("""
				update member_shielding set lifted_on = :on, lifted_by = :by, version = version + 1
				where id = :id and municipality_id = :m and version = :v and lifted_on is null""")
			.param("on", on)
			.param("by", by)
			.param("id", shieldingId)
			.param("m", municipalityId)
			.param("v", version)
			.update();
		if (changed == 0) {
			throw new StateConflict("shielding.changedMeanwhile");
		}
		return lifted;
	}

	/** Every shielding of the household, those that hold first, then the newest. */
	public List<Shielding> of(UUID municipalityId, UUID householdId) {
		return jdbc
			.sql("""
					select id, household_id, member_id, reason, explanation, since, recorded_by, lifted_on, lifted_by, version
					from member_shielding where municipality_id = :m and household_id = :h
					order by lifted_on is not null, since desc, id""")
			.param("m", municipalityId)
			.param("h", householdId)
			.query((rs, n) -> new Shielding(rs.getObject("id", UUID.class), rs.getObject("household_id", UUID.class),
					rs.getObject("member_id", UUID.class), Shielding.Reason.valueOf(rs.getString("reason")),
					rs.getString("explanation"), rs.getObject("since", LocalDate.class), rs.getString("recorded_by"),
					rs.getObject("lifted_on", LocalDate.class), rs.getString("lifted_by"), rs.getInt("version")))
			.list();
	}

	/** What of the household may reach whom among its members, today. */
	public Disclosure disclosure(UUID municipalityId, UUID householdId) {
		return disclosure(municipalityId, householdId, currentMembers(municipalityId, householdId));
	}

	/** The same, for a household the caller has read already. */
	public Disclosure disclosure(UUID municipalityId, HouseholdView household) {
		return disclosure(municipalityId, household.id(), household.members());
	}

	private Disclosure disclosure(UUID municipalityId, UUID householdId, List<HouseholdView.Member> current) {
		Map<UUID, HouseholdView.Member> members = current.stream()
			.collect(Collectors.toMap(HouseholdView.Member::id, Function.identity()));
		Set<UUID> shielded = of(municipalityId, householdId).stream()
			.filter(Shielding::holds)
			.map(Shielding::memberId)
			.collect(Collectors.toSet());
		return new Disclosure(members, shielded, LocalDate.now(clock));
	}

	private List<HouseholdView.Member> currentMembers(UUID municipalityId, UUID householdId) {
		return households.find(municipalityId, householdId).map(HouseholdView::members).orElse(List.of());
	}

}
