package nl.regie.plan;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import nl.regie.platform.domain.InvalidInput;
import nl.regie.platform.domain.StateConflict;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A municipality's principles for the plan (DESIGN §8): the rungs of the owner ladder and
 * their order, and whether the plan asks what the household contributes back. Without a
 * row of its own a municipality has Regie's default: every rung in the order of
 * {@link OwnerRung}, reciprocity off.
 */
@Repository
class LadderSettings {

	/**
	 * @param rungs the rungs in the municipality's order; the professional is always one
	 */
	record Ladder(List<OwnerRung> rungs, boolean reciprocity, int version) {

		static final Ladder DEFAULT = new Ladder(List.of(OwnerRung.values()), false, 0);

		/** The rungs below the professional: where the nudge looks first. */
		List<OwnerRung> closer() {
			return rungs.stream().filter(rung -> rung != OwnerRung.PROFESSIONAL).toList();
		}

	}

	private final JdbcClient jdbc;

	LadderSettings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Ladder of(UUID municipalityId) {
		return jdbc.sql("select ladder, reciprocity, version from plan_setting where municipality_id = :m")
			.param("m", municipalityId)
			.query((rs, n) -> new Ladder(
					Arrays.stream((String[]) rs.getArray("ladder").getArray()).map(OwnerRung::valueOf).toList(),
					rs.getBoolean("reciprocity"), rs.getInt("version")))
			.optional()
			.orElse(Ladder.DEFAULT);
	}

	/**
	 * @throws InvalidInput when a rung repeats or the professional is missing
	 * @throws StateConflict when someone else changed the settings since {@code version}
	 */
	void save(UUID municipalityId, List<OwnerRung> rungs, boolean reciprocity, int version) {
		if (rungs == null || rungs.isEmpty() || rungs.stream().anyMatch(Objects::isNull)
				|| new LinkedHashSet<>(rungs).size() != rungs.size() || !rungs.contains(OwnerRung.PROFESSIONAL)) {
			throw InvalidInput.of("rungs", "plan.ladder.invalid");
		}
		String[] ladder = rungs.stream().map(OwnerRung::name).toArray(String[]::new);
		int updated = jdbc
			.sql("""
					insert into plan_setting (municipality_id, ladder, reciprocity, version) values (:m, :ladder, :r, 1)
					on conflict (municipality_id) do update set ladder = excluded.ladder, reciprocity = excluded.reciprocity,
					    version = plan_setting.version + 1
					where plan_setting.version = :v""")
			.param("m", municipalityId)
			.param("ladder", ladder)
			.param("r", reciprocity)
			.param("v", version)
			.update();
		if (updated == 0) {
			throw new StateConflict("plan.ladder.changed");
		}
	}

}
