package nl.regie.casefile;

import java.util.UUID;

import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * This module's part of the demo data ({@code demo} profile only). Cases are opened by
 * the demo's accepted referrals like any other; this puts them in the stage the demo
 * story needs, standing in for the months of work that would have brought them there.
 */
@Component
@Profile("demo")
@Transactional(propagation = Propagation.MANDATORY)
public class CaseFileDemoData {

	private final JdbcClient jdbc;

	CaseFileDemoData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void placeInStage(UUID referralId, CaseStage stage) {
		jdbc.sql("update case_file set stage = :stage where referral_id = :r")
			.param("stage", stage.name())
			.param("r", referralId)
			.update();
	}

}
