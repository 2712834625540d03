package nl.regie.platform.web;

import java.util.Map;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The served OpenAPI document, on the NL API Design Rules (checked by
 * {@code OpenApiLintTest} with Logius's Spectral ruleset): the glossary the English
 * resource names come from (API-04), the installation's contact, the major version in the
 * server address (API-20), the {@code API-Version} header on every response (API-57), and
 * the problem+json error responses every operation can give (API-46, API-47), so no
 * module can forget to document them.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ApiContact.class)
class OpenApiConfiguration {

	static final String PROBLEM_SCHEMA = "Problem";

	static final String VERSION_HEADER = "API-Version";

	private static final String PROBLEM_JSON = "application/problem+json";

	private static final String GLOSSARY = """
			Regie's API uses English names taken from this glossary of the Dutch method:

			| Dutch | API |
			|---|---|
			| huishouden, gezinslid | household, member |
			| aanmelding / verwijzing, aanmelder | referral, referrer |
			| screening, regiecheck, regiehouder | screening, coordination check, lead agency |
			| wachtlijst | waitlist |
			| teamoverleg | team meeting |
			| teamleider, teamassistent, casemanager, achterwacht | team leader, team assistant, case manager, backup |
			| Zelfredzaamheid-Matrix, leefgebied | self-sufficiency matrix, life domain |
			| plan van aanpak, doel, actie | action plan, goal, action |
			| gebied, stadsdeel, gemeente | area, district, municipality |

			Errors are `application/problem+json` (RFC 9457); validation errors list the fields in `invalidParams`.
			Authenticate with `Authorization: Bearer <token>`; get a token from `POST /api/v1/auth/token`.
			Every response carries the full version of the API in the `API-Version` header.
			""";

	/** The errors any operation can answer with, whatever its module documents. */
	private static final Map<String, String> STANDARD_ERRORS = Map.of("400",
			"Invalid input; the fields are listed in invalidParams", "401", "Not authenticated", "403", "No access",
			"500", "Unexpected error");

	@Bean
	OpenAPI regieOpenApi(ApiContact contact) {
		Info info = new Info().title("Regie API")
			.version(ApiConventions.VERSION)
			.description(GLOSSARY)
			.license(new License().name("EUPL-1.2").identifier("EUPL-1.2"));
		if (contact.isConfigured()) {
			info.contact(new Contact().name(contact.name()).email(contact.email()).url(contact.url()));
		}
		// Relative, so the document is right behind any proxy and host name; the paths
		// below are relative to it (see standardConventions).
		return new OpenAPI().info(info)
			.addServersItem(new Server().url(ApiConventions.BASE_PATH)
				.description("This installation, major version " + ApiConventions.VERSION.split("\\.")[0]))
			.components(new Components().addSecuritySchemes("bearer",
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")))
			.addSecurityItem(new SecurityRequirement().addList("bearer"));
	}

	/**
	 * Runs after springdoc has collected every module's operations. The shared components
	 * are added here, not in the bean above: springdoc drops schemas nothing referred to
	 * before the customizers ran.
	 */
	@Bean
	OpenApiCustomizer standardConventions() {
		return openApi -> {
			openApi.setPaths(relativeToServer(openApi.getPaths()));
			openApi.getComponents()
				.addSchemas(PROBLEM_SCHEMA, problemSchema())
				.addHeaders(VERSION_HEADER, versionHeader());
			openApi.getPaths()
				.values()
				.forEach(path -> path.readOperations().forEach(OpenApiConfiguration::applyConventions));
		};
	}

	/**
	 * Spring maps the controllers at /api/v1/...; the server address already ends in
	 * /api/v1, so the document's paths start after it.
	 */
	private static Paths relativeToServer(Paths mapped) {
		Paths relative = new Paths();
		relative.setExtensions(mapped.getExtensions());
		mapped.forEach((path, item) -> relative.addPathItem(path.startsWith(ApiConventions.BASE_PATH + "/")
				? path.substring(ApiConventions.BASE_PATH.length()) : path, item));
		return relative;
	}

	private static void applyConventions(Operation operation) {
		STANDARD_ERRORS.forEach((status, description) -> {
			if (!operation.getResponses().containsKey(status)) {
				operation.getResponses().addApiResponse(status, new ApiResponse().description(description));
			}
		});
		operation.getResponses().forEach((status, response) -> {
			response.addHeaderObject(VERSION_HEADER, new Header().$ref(VERSION_HEADER));
			if (status.startsWith("4") || status.startsWith("5")) {
				asProblem(response);
			}
		});
	}

	/**
	 * Every error is problem+json (see {@link ApiProblems}); springdoc would otherwise
	 * document an error declared without content with the operation's success body.
	 */
	private static void asProblem(ApiResponse response) {
		MediaType declared = response.getContent() != null ? response.getContent().get(PROBLEM_JSON) : null;
		MediaType problem = declared != null ? declared : new MediaType();
		if (problem.getSchema() == null) {
			problem.setSchema(new Schema<>().$ref(PROBLEM_SCHEMA));
		}
		response.setContent(new Content().addMediaType(PROBLEM_JSON, problem));
	}

	private static Header versionHeader() {
		return new Header().description("The full version of the API")
			.schema(new StringSchema().example(ApiConventions.VERSION));
	}

	private static Schema<?> problemSchema() {
		return new ObjectSchema().description("RFC 9457 problem details")
			.addProperty("type", new StringSchema().format("uri"))
			.addProperty("title", new StringSchema())
			.addProperty("status", new IntegerSchema())
			.addProperty("detail", new StringSchema())
			.addProperty("instance", new StringSchema().format("uri"))
			.addProperty("invalidParams",
					new ArraySchema().description("The fields that are not right, for validation errors")
						.items(new ObjectSchema().addProperty("name", new StringSchema())
							.addProperty("code", new StringSchema())
							.addProperty("reason", new StringSchema())));
	}

}
