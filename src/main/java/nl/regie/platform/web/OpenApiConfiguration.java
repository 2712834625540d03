package nl.regie.platform.web;

import java.util.Map;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The served OpenAPI document: the glossary the English resource names come from (API
 * Design Rule API-04), bearer authentication, and the problem+json error responses every
 * operation can give, so no module can forget to document them.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	static final String PROBLEM_SCHEMA = "Problem";

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
			""";

	@Bean
	OpenAPI regieOpenApi() {
		return new OpenAPI()
			.info(new Info().title("Regie API")
				.version(ApiConventions.VERSION)
				.description(GLOSSARY)
				.license(new License().name("EUPL-1.2")))
			.components(new Components()
				.addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer"))
				.addSchemas(PROBLEM_SCHEMA, problemSchema()))
			.addSecurityItem(new SecurityRequirement().addList("bearer"));
	}

	@Bean
	OpenApiCustomizer standardErrorResponses() {
		return openApi -> openApi.getPaths()
			.values()
			.forEach(path -> path.readOperations().forEach(OpenApiConfiguration::addStandardErrors));
	}

	private static void addStandardErrors(Operation operation) {
		Map<String, String> standard = Map.of("400", "Invalid input; the fields are listed in invalidParams", "401",
				"Not authenticated", "403", "No access", "500", "Unexpected error");
		standard.forEach((status, description) -> {
			ApiResponse existing = operation.getResponses().get(status);
			ApiResponse response = existing != null ? existing : new ApiResponse().description(description);
			response.setContent(new Content().addMediaType("application/problem+json",
					new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM_SCHEMA))));
			operation.getResponses().addApiResponse(status, response);
		});
	}

	private static Schema<?> problemSchema() {
		return new ObjectSchema().description("RFC 9457 problem details")
			.addProperty("type", new StringSchema())
			.addProperty("title", new StringSchema())
			.addProperty("status", new IntegerSchema())
			.addProperty("detail", new StringSchema())
			.addProperty("instance", new StringSchema())
			.addProperty("invalidParams",
					new io.swagger.v3.oas.models.media.ArraySchema()
						.items(new ObjectSchema().addProperty("name", new StringSchema())
							.addProperty("code", new StringSchema())
							.addProperty("reason", new StringSchema())));
	}

}
