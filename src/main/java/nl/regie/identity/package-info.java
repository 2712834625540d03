/**
 * Who is using Regie: local user accounts, their roles (DESIGN §5), log-in for the
 * screens (password with an optional second factor, or single sign-on through the
 * municipality's OpenID Connect provider), bearer tokens for the API (Regie's own and the
 * provider's), and the account and sign-in screens of functional administrators. Other
 * modules only see {@link nl.regie.identity.CurrentUser}; the teams an account can join
 * come in through {@link nl.regie.identity.AccountTeams}, which the organisation module
 * implements.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "platform")
package nl.regie.identity;
