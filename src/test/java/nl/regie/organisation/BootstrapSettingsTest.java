package nl.regie.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BootstrapSettingsTest {

	@Test
	void bootstrapSettingsDoNotPrintTheAdministratorPassword() {
		BootstrapSettings settings = new BootstrapSettings("0344", "Utrecht", "beheerder", "geheim-wachtwoord-123");

		assertThat(settings.toString()).doesNotContain("geheim-wachtwoord-123").contains("beheerder");
	}

}
