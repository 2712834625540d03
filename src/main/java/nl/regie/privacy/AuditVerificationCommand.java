package nl.regie.privacy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * {@code ./regie audit verify}: starts Regie on a loopback port, checks every chain of
 * the audit log, prints one line and exits 0 when intact, 3 at the first broken link.
 */
@Component
@ConditionalOnProperty(name = "regie.command", havingValue = "audit-verify")
class AuditVerificationCommand implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(AuditVerificationCommand.class);

	static final int BROKEN = 3;

	private final AuditVerification verification;

	private final ApplicationContext context;

	AuditVerificationCommand(AuditVerification verification, ApplicationContext context) {
		this.verification = verification;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments args) {
		AuditVerification.Result result = verification.verify();
		int code = result.brokenLink().map(broken -> {
			log.error("Audit log BROKEN after {} intact entries: municipality {}, chain {}, entry {}: {}",
					result.entriesChecked(), broken.municipalityId(), broken.stripe(), broken.seq(), broken.problem());
			return BROKEN;
		}).orElseGet(() -> {
			log.info("Audit log intact: {} entries checked", result.entriesChecked());
			return 0;
		});
		System.exit(SpringApplication.exit(context, (ExitCodeGenerator) () -> code));
	}

}
