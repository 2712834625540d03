package nl.regie.organisation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BootstrapSettingsTest {

	@Test
	void bootstrapSettingsDoNotPrintTheAdministratorPassword() {
		BootstrapSettings settings = new BootstrapSettings("0344", "Utrecht", "beheerder", "geheim-wachtwoord-123");

		assertThat(settings.toString()).doesNotContain("geheim-wachtwoord-123").contains("beheerder");
	}

}
