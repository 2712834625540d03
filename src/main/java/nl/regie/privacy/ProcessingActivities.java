package nl.regie.privacy;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Regie's register of processing activities (GDPR art. 30), kept as data. */
@Repository
class ProcessingActivities {

	private final JdbcClient jdbc;

	ProcessingActivities(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<ProcessingActivity> all() {
		return jdbc.sql("select * from processing_activity order by code")
			.query((rs, n) -> new ProcessingActivity(rs.getString("code"), rs.getString("name_nl"),
					rs.getString("name_en"), rs.getString("purpose_nl"), rs.getString("purpose_en"),
					rs.getString("legal_basis"), rs.getString("data_subjects"), rs.getString("retention")))
			.list();
	}

	/** One processing activity; names and purposes in Dutch and English. */
	record ProcessingActivity(String code, String nameNl, String nameEn, String purposeNl, String purposeEn,
			String legalBasis, String dataSubjects, String retention) {
	}

}
