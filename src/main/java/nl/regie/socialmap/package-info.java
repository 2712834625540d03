/**
 * The social map (sociale kaart): the organisations and their provisions per municipality
 * and area — what they offer, for which life domains and target groups, how to refer,
 * contact and opening hours — maintained by functional administrators and team leaders,
 * searched by every member of staff (Dutch full-text search), loaded first from a CSV
 * file. Other modules (the plan) search it through
 * {@link nl.regie.socialmap.SocialMapDirectory}. It holds no household data.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "identity", "organisation", "assessment", "household", "platform" })
package nl.regie.socialmap;
