/**
 * Who is using Regie: local user accounts, their roles (DESIGN §5), log-in for the
 * screens and bearer tokens for the API. Other modules only see {@link nl.regie.identity.CurrentUser}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "platform")
package nl.regie.identity;
