package nl.regie.team;

import java.time.DayOfWeek;
import java.util.List;

/**
 * The team leader's settings of how the team works.
 */
record SettingsForm(DayOfWeek meetingDay, Integer intervalWeeks, List<MeetingType> meetingTypes,
		TeamSettings.AssignedBy assignedBy, TeamSettings.AssignmentMode assignmentMode, String contactDetails,
		int version) {

	static SettingsForm of(TeamSettings.Settings settings) {
		return new SettingsForm(settings.meetingDay(), settings.intervalWeeks(), List.copyOf(settings.meetingTypes()),
				settings.assignedBy(), settings.assignmentMode(), settings.contactDetails(), settings.version());
	}

}
