package nl.regie.organisation;

import java.util.List;

/**
 * A team with its members, for the administrator's team screen.
 */
record TeamDetail(Team team, String areaPath, List<TeamMember> members) {

	public List<TeamMember> in(TeamPosition position) {
		return members.stream().filter(member -> member.position() == position).toList();
	}

}
