/**
 * What the domain code of every module may throw: refusals that the web edge
 * ({@code platform.web}) turns into messages on a screen or problem+json in the API.
 * Domain code never imports web types (checked by {@code ArchitectureRulesTest}).
 */
package nl.regie.platform.domain;
