package nl.regie;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Domain code knows nothing of the web: aggregates, policies, application services and
 * repositories take domain commands and throw domain exceptions ({@code platform.domain},
 * {@code platform.access}); the mapping to fields, status codes and problem+json happens
 * once, at the edge.
 */
class ArchitectureRulesTest {

	private static final JavaClasses REGIE = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("nl.regie");

	/**
	 * The edge: controllers and their advice, web configuration, servlet filters and
	 * interceptors, security handlers, menu entries and page attributes, and the shared
	 * web package itself.
	 */
	private static final DescribedPredicate<JavaClass> WEB_EDGE = DescribedPredicate.describe("the web edge",
			ArchitectureRulesTest::atTheWebEdge);

	@Test
	void domainCodeImportsNoWebTypes() {
		ArchRule rule = noClasses().that(DescribedPredicate.not(WEB_EDGE))
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework.web..", "jakarta.servlet..", "nl.regie.platform.web..");
		rule.check(REGIE);
	}

	private static boolean atTheWebEdge(JavaClass type) {
		JavaClass outer = type;
		while (outer.getEnclosingClass().isPresent()) {
			outer = outer.getEnclosingClass().get();
		}
		return outer.getPackageName().startsWith("nl.regie.platform.web") || outer.isAnnotatedWith(Controller.class)
				|| outer.isAnnotatedWith(RestController.class) || outer.isAnnotatedWith(ControllerAdvice.class)
				|| outer.isAnnotatedWith(RestControllerAdvice.class) || outer.isAnnotatedWith(Configuration.class)
				|| implementsAWebInterface(outer) || outer.isAssignableTo("nl.regie.platform.web.NavigationEntries")
				|| outer.isAssignableTo("nl.regie.platform.web.PageAttributes");
	}

	/**
	 * Filters, interceptors, argument resolvers, security handlers: whatever plugs into
	 * the servlet container, Spring MVC or Spring Security's web layer (also its OAuth2
	 * client's, {@code org.springframework.security.oauth2.client.web}) is the edge.
	 */
	private static boolean implementsAWebInterface(JavaClass type) {
		return type.getAllRawInterfaces()
			.stream()
			.map(JavaClass::getName)
			.anyMatch(name -> name.startsWith("jakarta.servlet.") || name.startsWith("org.springframework.web.")
					|| name.startsWith("org.springframework.security.web.")
					|| name.startsWith("org.springframework.security.oauth2.client.web."));
	}

}
