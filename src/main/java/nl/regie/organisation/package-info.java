/**
 * How a municipality organises its neighbourhood teams: its area hierarchy with its own
 * level names, its teams with core team and outer ring, and its own words for roles and
 * documents. Managed by functional administrators through screens.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "identity", "platform" })
package nl.regie.organisation;
