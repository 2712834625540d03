package nl.regie.access;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import nl.regie.MutableClock;
import nl.regie.RegieTest;
import nl.regie.casefile.CaseFixtures;
import nl.regie.identity.Role;
import nl.regie.organisation.OtherMunicipality;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Who may use which route (DESIGN §5), for every route of every module, screens and API
 * alike: every role of the demo team, a team leader of another team, one of another
 * municipality and someone not signed in. A route that is not in {@link #MATRIX} fails
 * {@link #everyRouteOfEveryModuleIsInTheMatrix()}, so a new screen cannot forget its
 * access rule. The matrix is written to {@code target/access-matrix.md} for the privacy
 * officer.
 *
 * <p>
 * Each cell says what the user gets: {@code +} let in, {@code -} refused (403), {@code 0}
 * concealed (404, as an unknown id: another team's record), {@code L} asked to sign in.
 * Every cell is requested: refusals with a body that would be valid, so a refusal is
 * about access and not input; let-in writes with an empty body, so they pass the access
 * check and stop at validation without changing anything. Flow tests prove what the
 * writes do.
 */
@RegieTest
class RouteAccessMatrixTest {

	/** Users, in the order of the matrix's columns. */
	static final List<String> COLUMNS = List.of("TL", "TA", "CM", "KT", "SP", "VR", "HH", "BL", "BH", "PR", "OT", "OM",
			"AN");

	/**
	 * {id} is the fixture of the route's module: a received referral, a case assigned to
	 * Jeroen Smit (casemanager) with Frank de Wit, today's team meeting; {accountId} an
	 * account {assessmentId} and {personId} unknown ids (who may use the route gets 404,
	 * everyone else is refused before the lookup), and {memberId} a team member made for
	 * the test (on a case's route: the household's member), since administering them may
	 * end their sessions or change the demo team.
	 */
	static final String MATRIX = """
			method path                                                       TL TA CM KT SP VR HH BL BH PR OT OM AN
			DELETE /api/v1/auth/token                                         +  +  +  +  +  +  +  +  +  +  +  +  L
			GET    /                                                          +  +  +  +  +  +  +  +  +  +  +  +  L
			GET    /account                                                   +  +  +  +  +  +  +  +  +  +  +  +  L
			GET    /admin                                                     -  -  -  -  -  -  -  -  +  -  -  -  L
			GET    /admin/accounts                                            -  -  -  -  -  -  -  -  +  -  -  -  L
			GET    /admin/accounts/new                                        -  -  -  -  -  -  -  -  +  -  -  -  L
			GET    /admin/accounts/{accountId}                                -  -  -  -  -  -  -  -  +  -  -  -  L
			GET    /admin/instruments                                         -  -  -  -  -  -  -  -  +  -  -  -  L
			GET    /admin/labels                                              -  -  -  -  -  -  -  -  +  -  -  -  L
			GET    /admin/plan-ladder                                         -  -  -  -  -  -  -  -  +  -  -  -  L
			GET    /admin/sign-in                                             -  -  -  -  -  -  -  -  +  -  -  -  L
			GET    /admin/teams/{teamId}                                      -  -  -  -  -  -  -  -  +  -  -  -  L
			GET    /admin/teams/{teamId}/members/{memberId}/remove            -  -  -  -  -  -  -  -  +  -  -  -  L
			GET    /api/v1/cases/{caseId}/consents                            +  -  +  -  -  -  -  -  -  -  0  0  L
			GET    /api/v1/cases/{caseId}/household-card                      +  -  +  -  -  -  -  -  -  -  0  0  L
			GET    /api/v1/cases/{caseId}/members                             +  -  +  -  -  -  -  -  -  -  0  0  L
			GET    /api/v1/cases/{caseId}/members/{memberId}/assessments      +  -  +  -  -  -  -  -  -  -  0  0  L
			GET    /api/v1/cases/{caseId}/network                             +  -  +  -  -  -  -  -  -  -  0  0  L
			GET    /api/v1/cases/{caseId}/plan                                +  -  +  -  -  -  -  -  -  -  0  0  L
			GET    /api/v1/cases/{caseId}/plan/owner-suggestions              +  -  +  -  -  -  -  -  -  -  0  0  L
			GET    /api/v1/cases/{caseId}/plan/versions                       +  -  +  -  -  -  -  -  -  -  0  0  L
			GET    /api/v1/cases/{caseId}/shieldings                          +  -  +  -  -  -  -  -  -  -  0  0  L
			GET    /api/v1/cases/{id}                                         +  -  +  -  -  -  -  -  -  -  0  0  L
			GET    /api/v1/my-cases                                           +  -  +  +  -  -  -  -  -  -  +  +  L
			GET    /api/v1/openapi.json                                       +  +  +  +  +  +  +  +  +  +  +  +  +
			GET    /api/v1/openapi.json.yaml                                  +  +  +  +  +  +  +  +  +  +  +  +  L
			GET    /api/v1/referrals                                          +  +  -  -  -  -  -  -  -  -  +  +  L
			GET    /api/v1/referrals/waitlist                                 +  +  -  -  -  -  -  -  -  -  +  +  L
			GET    /api/v1/referrals/{id}                                     +  +  -  -  -  -  -  -  -  -  0  0  L
			GET    /api/v1/referrals/{id}/referrer-messages                   +  +  -  -  -  -  -  -  -  -  0  0  L
			GET    /api/v1/social-map/provisions                              +  +  +  +  +  -  -  +  +  +  +  +  L
			GET    /api/v1/social-map/provisions/{provisionId}                +  +  +  +  +  -  -  +  +  +  +  0  L
			GET    /api/v1/task-cards                                         -  -  -  -  -  +  -  -  -  -  -  -  L
			GET    /api/v1/team-meetings                                      +  +  +  +  -  -  -  -  -  -  +  +  L
			GET    /api/v1/team-meetings/{id}/agenda                          +  +  +  +  -  -  -  -  -  -  0  0  L
			GET    /cases/consultations                                       -  -  -  -  +  -  -  -  -  -  -  -  L
			GET    /cases/my                                                  +  -  +  +  -  -  -  -  -  -  +  +  L
			GET    /cases/{caseId}/card                                       +  -  +  -  -  -  -  -  -  -  0  0  L
			GET    /cases/{caseId}/consents                                   +  -  +  -  -  -  -  -  -  -  0  0  L
			GET    /cases/{caseId}/matrix                                     +  -  +  -  -  -  -  -  -  -  0  0  L
			GET    /cases/{caseId}/members                                    +  -  +  -  -  -  -  -  -  -  0  0  L
			GET    /cases/{caseId}/members/{memberId}                         +  -  +  -  -  -  -  -  -  -  0  0  L
			GET    /cases/{caseId}/members/{memberId}/matrix                  +  -  +  -  -  -  -  -  -  -  0  0  L
			GET    /cases/{caseId}/members/{memberId}/matrix/new              +  -  +  -  -  -  -  -  -  -  0  0  L
			GET    /cases/{caseId}/network                                    +  -  +  -  -  -  -  -  -  -  0  0  L
			GET    /cases/{caseId}/plan                                       +  -  +  -  -  -  -  -  -  -  0  0  L
			GET    /cases/{caseId}/plan/history                               +  -  +  -  -  -  -  -  -  -  0  0  L
			GET    /cases/{caseId}/plan/print                                 0  -  0  -  -  -  -  -  -  -  0  0  L
			GET    /cases/{caseId}/shielding                                  +  -  +  -  -  -  -  -  -  -  0  0  L
			GET    /cases/{caseId}/task-cards                                 +  -  +  -  -  -  -  -  -  -  0  0  L
			GET    /cases/{id}                                                +  -  +  -  -  -  -  -  -  -  0  0  L
			GET    /cases/{id}/assignment                                     +  -  -  -  -  -  -  -  -  -  0  0  L
			GET    /cases/{id}/closing                                        +  -  +  -  -  -  -  -  -  -  0  0  L
			GET    /cases/{id}/contacts/new                                   +  -  +  -  -  -  -  -  -  -  0  0  L
			GET    /cases/{id}/emergency-access                               +  -  +  +  -  -  -  -  -  -  0  0  L
			GET    /cases/{id}/letter.pdf                                     +  -  +  -  -  -  -  -  -  -  0  0  L
			GET    /demo/mailbox                                              +  +  -  -  -  -  -  -  -  -  +  +  L
			GET    /emergency-access                                          +  -  -  -  -  -  -  -  -  +  +  +  L
			GET    /households                                                +  +  -  -  -  -  -  -  -  -  +  +  L
			GET    /login                                                     +  +  +  +  +  +  +  +  +  +  +  +  +
			GET    /login/second-factor                                       -  -  -  -  -  -  -  -  -  -  -  -  L
			GET    /login/sso/{registrationId}                                +  +  +  +  +  +  +  +  +  +  +  +  +
			GET    /meetings                                                  +  +  +  +  -  -  -  -  -  -  +  +  L
			GET    /meetings/{id}                                             +  +  +  +  -  -  -  -  -  -  0  0  L
			GET    /meetings/{id}/print                                       +  +  +  +  -  -  -  -  -  -  0  0  L
			GET    /privacy                                                   -  -  -  -  -  -  -  -  -  +  -  -  L
			GET    /referrals                                                 +  +  -  -  -  -  -  -  -  -  +  +  L
			GET    /referrals/new                                             +  +  -  -  -  -  -  -  -  -  +  +  L
			GET    /referrals/waitlist                                        +  +  -  -  -  -  -  -  -  -  +  +  L
			GET    /referrals/{id}                                            +  +  -  -  -  -  -  -  -  -  0  0  L
			GET    /referrals/{id}/referrer-messages/{messageId}/print        +  +  -  -  -  -  -  -  -  -  0  0  L
			GET    /social-map                                                +  +  +  +  +  -  -  +  +  +  +  +  L
			GET    /social-map/import                                         +  -  -  -  -  -  -  -  +  -  +  +  L
			GET    /social-map/new                                            +  -  -  -  -  -  -  -  +  -  +  +  L
			GET    /social-map/{provisionId}/edit                             +  -  -  -  -  -  -  -  +  -  +  0  L
			GET    /task-cards                                                -  -  -  -  -  +  -  -  -  -  -  -  L
			GET    /task-cards/{cardId}                                       -  -  -  -  -  0  -  -  -  -  -  -  L
			GET    /team/access-notices                                       +  -  -  -  -  -  -  -  -  -  +  +  L
			GET    /team/caseload                                             +  -  -  -  -  -  -  -  -  -  +  +  L
			GET    /team/plans                                                +  -  -  -  -  -  -  -  -  -  +  +  L
			GET    /team/settings                                             +  -  -  -  -  -  -  -  -  -  +  +  L
			POST   /account/password                                          +  +  +  +  +  +  +  +  +  +  +  +  L
			POST   /admin/accounts                                            -  -  -  -  -  -  -  -  +  -  -  -  L
			POST   /admin/accounts/{accountId}/password                       -  -  -  -  -  -  -  -  +  -  -  -  L
			POST   /admin/accounts/{accountId}/provider-username              -  -  -  -  -  -  -  -  +  -  -  -  L
			POST   /admin/accounts/{accountId}/second-factor/reset            -  -  -  -  -  -  -  -  +  -  -  -  L
			POST   /admin/accounts/{accountId}/status                         -  -  -  -  -  -  -  -  +  -  -  -  L
			POST   /admin/area-levels                                         -  -  -  -  -  -  -  -  +  -  -  -  L
			POST   /admin/areas                                               -  -  -  -  -  -  -  -  +  -  -  -  L
			POST   /admin/instruments/{code}/criteria                         -  -  -  -  -  -  -  -  +  -  -  -  L
			POST   /admin/labels                                              -  -  -  -  -  -  -  -  +  -  -  -  L
			POST   /admin/plan-ladder                                         -  -  -  -  -  -  -  -  +  -  -  -  L
			POST   /admin/sign-in/provider                                    -  -  -  -  -  -  -  -  +  -  -  -  L
			POST   /admin/sign-in/second-factor                               -  -  -  -  -  -  -  -  +  -  -  -  L
			POST   /admin/teams                                               -  -  -  -  -  -  -  -  +  -  -  -  L
			POST   /admin/teams/{teamId}/members                              -  -  -  -  -  -  -  -  +  -  -  -  L
			POST   /admin/teams/{teamId}/members/{memberId}/remove            -  -  -  -  -  -  -  -  +  -  -  -  L
			POST   /admin/teams/{teamId}/name                                 -  -  -  -  -  -  -  -  +  -  -  -  L
			POST   /api/v1/auth/token                                         +  +  +  +  +  +  +  +  +  +  +  +  +
			POST   /api/v1/cases/{caseId}/assessments/{assessmentId}/amendments 0  -  0  -  -  -  -  -  -  -  0  0  L
			POST   /api/v1/cases/{caseId}/consents                            +  -  +  -  -  -  -  -  -  -  0  0  L
			POST   /api/v1/cases/{caseId}/consents/{consentId}/withdrawal     0  -  0  -  -  -  -  -  -  -  0  0  L
			POST   /api/v1/cases/{caseId}/members                             +  -  +  -  -  -  -  -  -  -  0  0  L
			POST   /api/v1/cases/{caseId}/members/{memberId}/assessments      +  -  +  -  -  -  -  -  -  -  0  0  L
			POST   /api/v1/cases/{caseId}/members/{memberId}/leaving          +  -  +  -  -  -  -  -  -  -  0  0  L
			POST   /api/v1/cases/{caseId}/network                             +  -  +  -  -  -  -  -  -  -  0  0  L
			POST   /api/v1/cases/{caseId}/network/{personId}/leaving          0  -  0  -  -  -  -  -  -  -  0  0  L
			POST   /api/v1/cases/{caseId}/plan/agreements                     +  -  +  -  -  -  -  -  -  -  0  0  L
			POST   /api/v1/cases/{caseId}/sharing-acts                        +  -  +  -  -  -  -  -  -  -  0  0  L
			POST   /api/v1/cases/{caseId}/shieldings                          +  -  +  -  -  -  -  -  -  -  0  0  L
			POST   /api/v1/cases/{caseId}/shieldings/{shieldingId}/lifting    0  -  0  -  -  -  -  -  -  -  0  0  L
			POST   /api/v1/cases/{caseId}/task-cards                          +  -  +  -  -  -  -  -  -  -  0  0  L
			POST   /api/v1/cases/{id}/contact-attempts                        +  -  +  -  -  -  -  -  -  -  0  0  L
			POST   /api/v1/cases/{id}/contacts                                +  -  +  -  -  -  -  -  -  -  0  0  L
			POST   /api/v1/cases/{id}/emergency-access                        +  -  +  +  -  -  -  -  -  -  0  0  L
			POST   /api/v1/households/search                                  +  +  -  -  -  -  -  -  -  -  +  +  L
			POST   /api/v1/referrals                                          +  +  -  -  -  -  -  -  -  -  +  +  L
			POST   /api/v1/referrals/{id}/decisions                           +  -  -  -  -  -  -  -  -  -  0  0  L
			POST   /api/v1/referrals/{id}/involvements                        +  +  -  -  -  -  -  -  -  -  0  0  L
			POST   /api/v1/referrals/{id}/referrer-messages/{messageId}/emails +  +  -  -  -  -  -  -  -  -  0  0  L
			POST   /api/v1/referrals/{id}/referrer-messages/{messageId}/sent  +  +  -  -  -  -  -  -  -  -  0  0  L
			POST   /api/v1/social-map/imports                                 +  -  -  -  -  -  -  -  +  -  +  +  L
			POST   /api/v1/social-map/provisions                              +  -  -  -  -  -  -  -  +  -  +  +  L
			POST   /api/v1/social-map/provisions/{provisionId}/withdrawal     +  -  -  -  -  -  -  -  +  -  +  0  L
			POST   /api/v1/team-meetings                                      +  +  -  -  -  -  -  -  -  -  +  +  L
			POST   /api/v1/team-meetings/{id}/outcomes                        +  +  +  +  -  -  -  -  -  -  0  0  L
			POST   /cases/{caseId}/card/help-question                         +  -  +  -  -  -  -  -  -  -  0  0  L
			POST   /cases/{caseId}/consents                                   +  -  +  -  -  -  -  -  -  -  0  0  L
			POST   /cases/{caseId}/consents/{consentId}/withdrawal            0  -  0  -  -  -  -  -  -  -  0  0  L
			POST   /cases/{caseId}/members                                    +  -  +  -  -  -  -  -  -  -  0  0  L
			POST   /cases/{caseId}/members/{memberId}/language                +  -  +  -  -  -  -  -  -  -  0  0  L
			POST   /cases/{caseId}/members/{memberId}/leaving                 +  -  +  -  -  -  -  -  -  -  0  0  L
			POST   /cases/{caseId}/members/{memberId}/matrix                  +  -  +  -  -  -  -  -  -  -  0  0  L
			POST   /cases/{caseId}/network                                    +  -  +  -  -  -  -  -  -  -  0  0  L
			POST   /cases/{caseId}/network/{personId}/leaving                 0  -  0  -  -  -  -  -  -  -  0  0  L
			POST   /cases/{caseId}/plan                                       +  -  +  -  -  -  -  -  -  -  0  0  L
			POST   /cases/{caseId}/plan/actions                               +  -  +  -  -  -  -  -  -  -  0  0  L
			POST   /cases/{caseId}/plan/actions/{actionId}/progress           +  -  +  -  -  -  -  -  -  -  0  0  L
			POST   /cases/{caseId}/plan/actions/{actionId}/removal            +  -  +  -  -  -  -  -  -  -  0  0  L
			POST   /cases/{caseId}/plan/agreement                             +  -  +  -  -  -  -  -  -  -  0  0  L
			POST   /cases/{caseId}/plan/goals                                 +  -  +  -  -  -  -  -  -  -  0  0  L
			POST   /cases/{caseId}/plan/goals/{goalId}/removal                +  -  +  -  -  -  -  -  -  -  0  0  L
			POST   /cases/{caseId}/sharing-acts                               +  -  +  -  -  -  -  -  -  -  0  0  L
			POST   /cases/{caseId}/shielding                                  +  -  +  -  -  -  -  -  -  -  0  0  L
			POST   /cases/{caseId}/shielding/{shieldingId}/lifting            0  -  0  -  -  -  -  -  -  -  0  0  L
			POST   /cases/{caseId}/task-cards                                 +  -  +  -  -  -  -  -  -  -  0  0  L
			POST   /cases/{caseId}/task-cards/{cardId}/revocation             0  -  0  -  -  -  -  -  -  -  0  0  L
			POST   /cases/{id}/assignment                                     +  -  -  -  -  -  -  -  -  -  0  0  L
			POST   /cases/{id}/attempts                                       +  -  +  -  -  -  -  -  -  -  0  0  L
			POST   /cases/{id}/check-ins                                      +  -  +  -  -  -  -  -  -  -  0  0  L
			POST   /cases/{id}/closing                                        +  -  +  -  -  -  -  -  -  -  0  0  L
			POST   /cases/{id}/closing/completion                             +  -  +  -  -  -  -  -  -  -  0  0  L
			POST   /cases/{id}/closing/withdrawal                             +  -  +  -  -  -  -  -  -  -  0  0  L
			POST   /cases/{id}/closure-without-contact                        +  -  +  -  -  -  -  -  -  -  0  0  L
			POST   /cases/{id}/consultants                                    +  -  -  -  -  -  -  -  -  -  0  0  L
			POST   /cases/{id}/consultation-requests                          +  -  +  -  -  -  -  -  -  -  0  0  L
			POST   /cases/{id}/contacts                                       +  -  +  -  -  -  -  -  -  -  0  0  L
			POST   /cases/{id}/emergency-access                               +  -  +  +  -  -  -  -  -  -  0  0  L
			POST   /cases/{id}/expectations                                   +  -  +  -  -  -  -  -  -  -  0  0  L
			POST   /cases/{id}/reassignment                                   +  -  -  -  -  -  -  -  -  -  0  0  L
			POST   /cases/{id}/reopening                                      +  -  +  -  -  -  -  -  -  -  0  0  L
			POST   /cases/{id}/roles                                          +  -  +  -  -  -  -  -  -  -  0  0  L
			POST   /cases/{id}/scale-up                                       +  -  +  -  -  -  -  -  -  -  0  0  L
			POST   /emergency-access/{accessId}/review                        0  -  -  -  -  -  -  -  -  0  0  0  L
			POST   /households                                                +  +  -  -  -  -  -  -  -  -  +  +  L
			POST   /login/second-factor                                       -  -  -  -  -  -  -  -  -  -  -  -  L
			POST   /login/second-factor/enrol                                 -  -  -  -  -  -  -  -  -  -  -  -  L
			POST   /meetings                                                  +  +  -  -  -  -  -  -  -  -  +  +  L
			POST   /meetings/{id}/outcomes                                    +  +  +  +  -  -  -  -  -  -  0  0  L
			POST   /privacy                                                   -  -  -  -  -  -  -  -  -  +  -  -  L
			POST   /privacy/readers-letter                                    -  -  -  -  -  -  -  -  -  +  -  -  L
			POST   /privacy/verification                                      -  -  -  -  -  -  -  -  -  +  -  -  L
			POST   /referrals                                                 +  +  -  -  -  -  -  -  -  -  +  +  L
			POST   /referrals/waitlist/capacity                               +  -  -  -  -  -  -  -  -  -  +  +  L
			POST   /referrals/{id}/consent                                    +  +  -  -  -  -  -  -  -  -  0  0  L
			POST   /referrals/{id}/decision                                   +  -  -  -  -  -  -  -  -  -  0  0  L
			POST   /referrals/{id}/involvements                               +  +  -  -  -  -  -  -  -  -  0  0  L
			POST   /referrals/{id}/referrer-messages/{messageId}/email        +  +  -  -  -  -  -  -  -  -  0  0  L
			POST   /referrals/{id}/referrer-messages/{messageId}/sent         +  +  -  -  -  -  -  -  -  -  0  0  L
			POST   /referrals/{id}/screening                                  +  -  -  -  -  -  -  -  -  -  0  0  L
			POST   /social-map                                                +  -  -  -  -  -  -  -  +  -  +  +  L
			POST   /social-map/import                                         +  -  -  -  -  -  -  -  +  -  +  +  L
			POST   /social-map/{provisionId}                                  +  -  -  -  -  -  -  -  +  -  +  0  L
			POST   /social-map/{provisionId}/withdrawal                       +  -  -  -  -  -  -  -  +  -  +  0  L
			POST   /team/access-notices/{noticeId}/seen                       0  -  -  -  -  -  -  -  -  -  0  0  L
			POST   /team/settings                                             +  -  -  -  -  -  -  -  -  -  +  +  L
			PUT    /api/v1/cases/{caseId}/assessments/{assessmentId}          +  -  +  -  -  -  -  -  -  -  0  0  L
			PUT    /api/v1/cases/{caseId}/members/{memberId}/language         +  -  +  -  -  -  -  -  -  -  0  0  L
			PUT    /api/v1/cases/{caseId}/plan                                +  -  +  -  -  -  -  -  -  -  0  0  L
			PUT    /api/v1/cases/{id}/assignment                              +  -  -  -  -  -  -  -  -  -  0  0  L
			PUT    /api/v1/cases/{id}/reassignment                            +  -  -  -  -  -  -  -  -  -  0  0  L
			PUT    /api/v1/referrals/waitlist/capacity                        +  -  -  -  -  -  -  -  -  -  +  +  L
			PUT    /api/v1/referrals/{id}/consent                             +  +  -  -  -  -  -  -  -  -  0  0  L
			PUT    /api/v1/referrals/{id}/screening                           +  -  -  -  -  -  -  -  -  -  0  0  L
			PUT    /api/v1/social-map/provisions/{provisionId}                +  -  -  -  -  -  -  -  +  -  +  0  L
			""";

	final Map<String, String> usernames = new LinkedHashMap<>();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	MutableClock clock;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping handlerMapping;

	CaseFixtures fixtures;

	Map<String, String> ids = new LinkedHashMap<>();

	Map<String, Cookie> sessions = new LinkedHashMap<>();

	String lastRedirect;

	Map<String, String> tokens = new LinkedHashMap<>();

	@BeforeEach
	void aReferralACaseAndAMeetingOfTheDemoTeam() throws Exception {
		fixtures = new CaseFixtures(mvc, jdbc, json, clock);
		var household = fixtures.singleManWithDebtsAccepted();
		fixtures.assign(household.caseId(), "Jeroen Smit", "Frank de Wit", null);
		ids.put("case", household.caseId().toString());
		String family = "Matrix" + UUID.randomUUID().toString().substring(0, 6);
		UUID referral = fixtures.refer(family, List.of(CaseFixtures.member("Els", family, "1980-03-04")),
				List.of("FINANCES"));
		ids.put("referral", referral.toString());
		ids.put("messageId",
				jdbc.sql("select id from referrer_message where referral_id = :r limit 1")
					.param("r", referral)
					.query(UUID.class)
					.single()
					.toString());
		ids.put("meeting", fixtures.meetingToday(List.of("Jeroen Smit"), null).toString());
		ids.put("registrationId", "geen-aanbieder");
		ids.put("householdMember", jdbc.sql("""
				select m.id from household_member m join case_file c on c.household_id = m.household_id
				where c.id = :c limit 1""").param("c", household.caseId()).query(UUID.class).single().toString());
		ids.put("code", "ZRM_2017");
		ids.put("assessmentId", UUID.randomUUID().toString());
		ids.put("personId", UUID.randomUUID().toString());
		ids.put("accessId", UUID.randomUUID().toString());
		ids.put("consentId", UUID.randomUUID().toString());
		ids.put("shieldingId", UUID.randomUUID().toString());
		ids.put("noticeId", UUID.randomUUID().toString());
		ids.put("cardId", UUID.randomUUID().toString());
		ids.put("goalId", UUID.randomUUID().toString());
		ids.put("actionId", UUID.randomUUID().toString());
		ids.put("teamId", fixtures.demoTeam().toString());
		String administered = fixtures.teamLeaderOfAnotherTeam(passwords);
		ids.put("accountId",
				jdbc.sql("select id from user_account where username = :u")
					.param("u", administered)
					.query(UUID.class)
					.single()
					.toString());
		UUID member = UUID.randomUUID();
		jdbc.sql(
				"""
						insert into team_member (id, municipality_id, team_id, name, position, home_organisation, discipline)
						select :id, municipality_id, id, 'Tijdelijk Lid', 'CORE', 'Wijkteam', 'Algemeen' from team where id = :t""")
			.param("id", member)
			.param("t", fixtures.demoTeam())
			.update();
		ids.put("memberId", member.toString());
		UUID provision = UUID.randomUUID();
		jdbc.sql(
				"""
						insert into social_map_provision (id, municipality_id, organisation, name, kind, version, changed_at, changed_by)
						select :id, id, 'Matrixstichting', :name, 'COLLECTIVE', 7, now(), :id from municipality where code = '0363'""")
			.param("id", provision)
			.param("name", "Matrix " + provision)
			.update();
		ids.put("provisionId", provision.toString());
		usernames.putAll(Map.of("TL", "teamleider", "TA", "teamassistent", "CM", "casemanager", "KT", "kernteamlid",
				"SP", "specialist", "VR", "vrijwilliger", "HH", "huishouden", "BL", "beleid", "BH", "beheerder", "PR",
				"privacy"));
		usernames.put("OT", fixtures.teamLeaderOfAnotherTeam(passwords));
		usernames.put("OM", OtherMunicipality.nieuwegein(jdbc, passwords).account(Role.TEAM_LEADER));
	}

	@Test
	void everyRouteOfEveryModuleIsInTheMatrix() {
		assertThat(expected().keySet()).containsExactlyInAnyOrderElementsOf(mappedRoutes());
	}

	@Test
	void everyoneGetsWhatTheMatrixSays() throws Exception {
		List<String> wrong = new ArrayList<>();
		StringBuilder table = new StringBuilder(
				"| route | " + String.join(" | ", COLUMNS) + " |\n|---|" + "---|".repeat(COLUMNS.size()) + "\n");
		for (var row : expected().entrySet()) {
			String[] route = row.getKey().split(" ");
			table.append("| `").append(row.getKey()).append('`');
			for (int column = 0; column < COLUMNS.size(); column++) {
				String user = COLUMNS.get(column);
				int status = status(HttpMethod.valueOf(route[0]), route[1], user);
				String got = symbol(status);
				if (!got.equals(row.getValue().get(column))) {
					wrong.add(row.getKey() + " as " + user + ": " + status + ", expected " + row.getValue().get(column)
							+ (lastRedirect == null ? "" : " (to " + lastRedirect + ")"));
				}
				table.append(" | ").append(got.equals("+") ? "+ " + status : got);
			}
			table.append(" |\n");
		}
		Files.writeString(Path.of("target/access-matrix.md"),
				"# Who may use which route\n\n`+` let in (status), `-` refused (403), `0` concealed (404), "
						+ "`L` sign in first.\n\n" + table);
		assertThat(wrong).isEmpty();
	}

	/** Route ("GET /path") to the expected symbol per column. */
	private static Map<String, List<String>> expected() {
		Map<String, List<String>> rows = new LinkedHashMap<>();
		MATRIX.lines().skip(1).map(line -> line.trim().split("\\s+")).forEach(cells -> {
			assertThat(cells).as(String.join(" ", cells)).hasSize(2 + COLUMNS.size());
			rows.put(cells[0] + " " + cells[1], List.of(cells).subList(2, cells.length));
		});
		return rows;
	}

	private static String symbol(int status) {
		return switch (status) {
			case 403 -> "-";
			case 404 -> "0";
			case 401 -> "L";
			default -> status >= 500 ? "!" : "+";
		};
	}

	private int status(HttpMethod method, String pattern, String column) throws Exception {
		String path = resolve(pattern);
		MockHttpServletRequestBuilder request = request(method, path);
		if (!column.equals("AN")) {
			if (path.startsWith("/api/")) {
				request.header("Authorization", method == HttpMethod.DELETE ? freshToken(column) : token(column))
					.contentType(MediaType.APPLICATION_JSON)
					.content("{}");
			}
			else {
				request.cookie(session(column)).with(csrf()).param("version", "1");
			}
		}
		else if (method != HttpMethod.GET) {
			request.with(csrf());
		}
		MockHttpServletResponse response;
		try {
			response = mvc.perform(request).andReturn().getResponse();
		}
		catch (ServletException failed) {
			lastRedirect = null;
			return 500;
		}
		lastRedirect = response.getRedirectedUrl();
		if (column.equals("AN") && response.getStatus() == 302
				&& String.valueOf(response.getRedirectedUrl()).endsWith("/login")) {
			return 401;
		}
		return response.getStatus();
	}

	private String resolve(String pattern) {
		String fixture = pattern.contains("/cases/") ? "case"
				: pattern.contains("/referrals/") ? "referral" : pattern.contains("meetings/") ? "meeting" : null;
		String path = pattern;
		if (fixture != null) {
			path = path.replace("{id}", ids.get(fixture)).replace("{caseId}", ids.get(fixture));
		}
		if (pattern.contains("/cases/")) {
			path = path.replace("{memberId}", ids.get("householdMember"));
		}
		for (var id : ids.entrySet()) {
			path = path.replace("{" + id.getKey() + "}", id.getValue());
		}
		return path;
	}

	private Cookie session(String column) throws Exception {
		String username = usernames.get(column);
		Cookie known = sessions.get(username);
		if (known == null) {
			String password = column.equals("OM") ? OtherMunicipality.PASSWORD : CaseFixtures.PASSWORD;
			known = mvc.perform(formLogin().user(username).password(password))
				.andReturn()
				.getResponse()
				.getCookie("SESSION");
			sessions.put(username, known);
		}
		return known;
	}

	private String token(String column) throws Exception {
		String username = usernames.get(column);
		String known = tokens.get(username);
		if (known == null) {
			known = freshToken(column);
			tokens.put(username, known);
		}
		return known;
	}

	private String freshToken(String column) throws Exception {
		String username = usernames.get(column);
		String password = column.equals("OM") ? OtherMunicipality.PASSWORD : CaseFixtures.PASSWORD;
		String body = mvc
			.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
				.content(json.writeValueAsString(Map.of("username", username, "password", password))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return "Bearer " + json.readTree(body).get("accessToken").asString();
	}

	private TreeSet<String> mappedRoutes() {
		TreeSet<String> mapped = new TreeSet<>();
		handlerMapping.getHandlerMethods().forEach((info, method) -> {
			info.getPatternValues()
				.forEach(
						path -> info.getMethodsCondition().getMethods().forEach(verb -> mapped.add(verb + " " + path)));
		});
		return mapped;
	}

}
