package nl.regie;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Fails when a module reaches into another module's internals, depends on a module it did
 * not declare, or when modules depend on each other in a cycle.
 */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(RegieApplication.class);

	@Test
	void modulesOnlyUseEachOthersPublicApi() {
		modules.verify();
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
	}

}
