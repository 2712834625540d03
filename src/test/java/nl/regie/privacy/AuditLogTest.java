package nl.regie.privacy;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;

import nl.regie.RegieTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The audit log is append-only and tamper-evident, records sign-ins, and is read only by
 * the privacy officer.
 */
@RegieTest
class AuditLogTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AuditVerification verification;

	@Test
	void anEntryCannotBeChangedInPlace() {
		signIn("teamleider", "regie-demo");

		assertThatThrownBy(
				() -> jdbc.sql("update audit_entry set action = 'niets' where action = 'signed-in'").update())
			.isInstanceOf(DataAccessException.class)
			.hasMessageContaining("append-only");
	}

	@Test
	void verificationFindsTheFirstEntryThatWasChangedAroundTheGuard() {
		signIn("teamleider", "regie-demo");
		assertThat(verification.verify().intact()).isTrue();
		Map<String, Object> entry = newestSignIn();

		tamper("update audit_entry set action = 'signed-out' where municipality_id = :m and stripe = :s and seq = :q",
				entry);
		try {
			AuditVerification.Result result = verification.verify();

			assertThat(result.intact()).isFalse();
			assertThat(result.brokenLink()).get().satisfies(broken -> {
				assertThat(broken.municipalityId()).isEqualTo(entry.get("municipality_id"));
				assertThat(broken.stripe()).isEqualTo(entry.get("stripe"));
				assertThat(broken.seq()).isEqualTo(entry.get("seq"));
				assertThat(broken.problem()).isEqualTo("changed after it was written");
			});
		}
		finally {
			tamper("update audit_entry set action = 'signed-in' where municipality_id = :m and stripe = :s and seq = :q",
					entry);
		}
		assertThat(verification.verify().intact()).isTrue();
	}

	@Test
	void verificationFindsADeletedEntry() {
		for (int i = 0; i < 10; i++) {
			signIn("teamleider", "regie-demo");
		}
		Map<String, Object> first = jdbc.sql("""
				select e.* from audit_entry e join audit_chain c using (municipality_id, stripe)
				where c.last_seq >= 2 and e.seq = 1 limit 1""").query().singleRow();

		tamper("delete from audit_entry where municipality_id = :m and stripe = :s and seq = :q", first);
		try {
			assertThat(verification.verify().brokenLink()).get().satisfies(broken -> {
				assertThat(broken.municipalityId()).isEqualTo(first.get("municipality_id"));
				assertThat(broken.stripe()).isEqualTo(first.get("stripe"));
				assertThat(broken.seq()).isEqualTo(1L);
				assertThat(broken.problem()).isEqualTo("entry missing");
			});
		}
		finally {
			restore(first);
		}
		assertThat(verification.verify().intact()).isTrue();
	}

	@Test
	void signInsAndRefusalsAreSecurityEventsWithoutTheTypedName() {
		UUID teamLeader = userId("teamleider");
		long signIns = count("actor_user_id = '" + teamLeader + "' and action = 'signed-in'");
		long refusals = count("action = 'sign-in-refused'");

		signIn("teamleider", "regie-demo");
		signIn("iemand-" + UUID.randomUUID(), "fout-wachtwoord");

		assertThat(count("actor_user_id = '" + teamLeader + "' and action = 'signed-in'")).isEqualTo(signIns + 1);
		assertThat(count("action = 'sign-in-refused'")).isEqualTo(refusals + 1);
		assertThat(count("kind = 'SECURITY' and (resource like '%iemand-%' or action like '%iemand-%')")).isZero();
	}

	@Test
	void onlyThePrivacyOfficerReadsTheLog() throws Exception {
		mvc.perform(get("/privacy").cookie(session("teamleider")))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("privacyfunctionaris")));

		mvc.perform(get("/privacy").cookie(session("privacy")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Verwerkingsregister")));
	}

	@Test
	void theLogIsSearchedByBsnWithoutTheBsnInTheAddressAndTheSearchIsItselfLogged() throws Exception {
		String bsn = "999990019";
		householdWithMember(bsn);
		long oversightReads = count("processing_activity = 'PRIVACY_OVERSIGHT'");

		MvcResult searched = mvc.perform(post("/privacy").cookie(session("privacy")).with(csrf()).param("bsn", bsn))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Er ging iets mis"))))
			.andReturn();

		assertThat(searched.getRequest().getRequestURI()).doesNotContain(bsn);
		assertThat(count("processing_activity = 'PRIVACY_OVERSIGHT'")).isEqualTo(oversightReads + 1);
	}

	/** A household of the demo municipality with one member of this BSN, once. */
	private void householdWithMember(String bsn) {
		jdbc.sql(
				"""
						with m as (select id from municipality where code = '0363'),
						     h as (insert into household (id, municipality_id, created_at)
						           select gen_random_uuid(), m.id, now() from m
						           where not exists (select 1 from household_member where bsn = :bsn)
						           returning id, municipality_id)
						insert into household_member (id, municipality_id, household_id, given_name, family_name, date_of_birth, bsn)
						select gen_random_uuid(), h.municipality_id, h.id, 'Proef', 'Logboek', date '1980-01-01', :bsn from h""")
			.param("bsn", bsn)
			.update();
	}

	private void signIn(String username, String password) {
		try {
			mvc.perform(formLogin().user(username).password(password));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private Cookie session(String username) throws Exception {
		return mvc.perform(formLogin().user(username).password("regie-demo"))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
	}

	private Map<String, Object> newestSignIn() {
		return jdbc.sql("select * from audit_entry where action = 'signed-in' order by occurred_at desc limit 1")
			.query()
			.singleRow();
	}

	/** Changes the log as someone with database rights could: around the trigger. */
	private void tamper(String statement, Map<String, Object> entry) {
		jdbc.sql("alter table audit_entry disable trigger audit_entry_append_only").update();
		try {
			jdbc.sql(statement)
				.param("m", entry.get("municipality_id"))
				.param("s", entry.get("stripe"))
				.param("q", entry.get("seq"))
				.update();
		}
		finally {
			jdbc.sql("alter table audit_entry enable trigger audit_entry_append_only").update();
		}
	}

	private void restore(Map<String, Object> entry) {
		StringBuilder columns = new StringBuilder();
		StringBuilder values = new StringBuilder();
		Map<String, Object> statement = new LinkedHashMap<>(entry);
		statement.keySet().forEach(column -> {
			columns.append(columns.isEmpty() ? "" : ", ").append(column);
			values.append(values.isEmpty() ? "" : ", ").append(':').append(column);
		});
		var insert = jdbc.sql("insert into audit_entry (" + columns + ") values (" + values + ")");
		for (var column : statement.entrySet()) {
			insert = insert.param(column.getKey(), column.getValue());
		}
		insert.update();
	}

	private long count(String condition) {
		return jdbc.sql("select count(*) from audit_entry where " + condition).query(Long.class).single();
	}

	private UUID userId(String username) {
		return jdbc.sql("select id from user_account where username = :u")
			.param("u", username)
			.query(UUID.class)
			.single();
	}

}
