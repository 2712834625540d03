/**
 * Technical foundation shared by every module: the database (embedded or external
 * PostgreSQL), API conventions (problem+json, API-Version header) and start-up reporting.
 * Holds no business rules.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package nl.regie.platform;
