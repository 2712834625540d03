package nl.regie.privacy;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The map from households (and members) to the pseudonymous keys the audit log uses.
 * Removing a household's key at the end of its retention period anonymises its old
 * entries; the chain, which hashes only the key, stays intact.
 */
@Repository
class Pseudonyms {

	private final JdbcClient jdbc;

	Pseudonyms(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The subject's key, made on its first use. When another transaction made it at the
	 * same moment, the insert waits for it and does nothing, and the statement's snapshot
	 * predates it: the key is then read again, in a statement that sees it.
	 */
	UUID of(UUID municipalityId, UUID subjectId) {
		return jdbc.sql("""
				with made as (
				    insert into audit_subject_key (municipality_id, subject_id, pseudonym)
				    values (:m, :s, gen_random_uuid()) on conflict do nothing returning pseudonym)
				select pseudonym from made
				union all
				select pseudonym from audit_subject_key where municipality_id = :m and subject_id = :s
				limit 1""")
			.param("m", municipalityId)
			.param("s", subjectId)
			.query(UUID.class)
			.optional()
			.or(() -> existing(municipalityId, subjectId))
			.orElseThrow();
	}

	/**
	 * The keys of many subjects, made where missing, in two statements. The insert waits
	 * for a transaction making the same key at the same moment; the select after it is a
	 * statement of its own and sees that key.
	 */
	Map<UUID, UUID> ofAll(UUID municipalityId, Collection<UUID> subjectIds) {
		// in one order for every transaction, so two lists making the same new keys wait
		// for
		// each other instead of deadlocking
		UUID[] subjects = subjectIds.stream().distinct().sorted().toArray(UUID[]::new);
		jdbc.sql("""
				insert into audit_subject_key (municipality_id, subject_id, pseudonym)
				select :m, s, gen_random_uuid() from unnest(cast(:subjects as uuid[])) s on conflict do nothing""")
			.param("m", municipalityId)
			.param("subjects", subjects)
			.update();
		Map<UUID, UUID> keys = new HashMap<>();
		jdbc.sql("""
				select subject_id, pseudonym from audit_subject_key
				where municipality_id = :m and subject_id = any(cast(:subjects as uuid[]))""")
			.param("m", municipalityId)
			.param("subjects", subjects)
			.query(rs -> {
				keys.put(rs.getObject("subject_id", UUID.class), rs.getObject("pseudonym", UUID.class));
			});
		return keys;
	}

	Optional<UUID> existing(UUID municipalityId, UUID subjectId) {
		return jdbc.sql("select pseudonym from audit_subject_key where municipality_id = :m and subject_id = :s")
			.param("m", municipalityId)
			.param("s", subjectId)
			.query(UUID.class)
			.optional();
	}

}
