package nl.regie.platform.web;

import java.util.List;

/**
 * How a module puts its screens in the main menu: one bean per module returns its
 * entries, and the shared layout shows those the signed-in user's roles see. A new module
 * plugs in by adding such a bean; the layout does not change.
 *
 * <pre>
 * &#64;Component
 * class ReferralNavigation implements NavigationEntries {
 *     public List&lt;NavigationEntry&gt; entries() {
 *         return List.of(NavigationEntry.of("nav.inbox", "/referrals", 100, Role.TEAM_LEADER.authority()));
 *     }
 * }
 * </pre>
 *
 * Which data a screen then shows is still decided by the module's access policy: the menu
 * only leaves out what a role cannot use.
 */
public interface NavigationEntries {

	List<NavigationEntry> entries();

}
