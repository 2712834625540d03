package nl.regie.team;

import java.sql.Array;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * A team's own way of working (DESIGN §8, configure don't fork): when it meets, which
 * kinds of meeting it holds, who assigns cases and how the roles are settled after the
 * first visit. Without a row, the defaults of the method.
 */
@Service
public class TeamSettings {

	static final Settings DEFAULTS = new Settings(DayOfWeek.TUESDAY, 1, EnumSet.allOf(MeetingType.class),
			AssignedBy.TEAM_LEADER, AssignmentMode.BACKUP_AFTER_FIRST_VISIT, null, 0);

	private final JdbcClient jdbc;

	TeamSettings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Settings of(UUID teamId) {
		return jdbc
			.sql("""
					select meeting_weekday, meeting_interval_weeks, meeting_types, assigned_by, assignment_mode, contact_details,
					       version
					from team_settings where team_id = :t""")
			.param("t", teamId)
			.query((rs, n) -> new Settings(DayOfWeek.of(rs.getInt("meeting_weekday")),
					rs.getInt("meeting_interval_weeks"), types(rs.getArray("meeting_types")),
					AssignedBy.valueOf(rs.getString("assigned_by")),
					AssignmentMode.valueOf(rs.getString("assignment_mode")), rs.getString("contact_details"),
					rs.getInt("version")))
			.optional()
			.orElse(DEFAULTS);
	}

	/**
	 * @return false when someone else changed the settings since {@code version}
	 */
	boolean save(UUID municipalityId, UUID teamId, Settings settings) {
		int changed = jdbc.sql("""
				insert into team_settings (team_id, municipality_id, meeting_weekday, meeting_interval_weeks,
				    meeting_types, assigned_by, assignment_mode, contact_details)
				values (:t, :m, :day, :weeks, :types, :by, :mode, :contact)
				on conflict (team_id) do update set meeting_weekday = excluded.meeting_weekday,
				    meeting_interval_weeks = excluded.meeting_interval_weeks, meeting_types = excluded.meeting_types,
				    assigned_by = excluded.assigned_by, assignment_mode = excluded.assignment_mode,
				    contact_details = excluded.contact_details,
				    version = team_settings.version + 1
				where team_settings.version = :version""")
			.param("t", teamId)
			.param("m", municipalityId)
			.param("day", settings.meetingDay().getValue())
			.param("weeks", settings.intervalWeeks())
			.param("types", settings.meetingTypes().stream().map(Enum::name).toArray(String[]::new))
			.param("by", settings.assignedBy().name())
			.param("mode", settings.assignmentMode().name())
			.param("contact", settings.contactDetails())
			.param("version", settings.version())
			.update();
		return changed == 1;
	}

	private static Set<MeetingType> types(Array array) throws SQLException {
		Set<MeetingType> types = EnumSet.noneOf(MeetingType.class);
		Arrays.stream((String[]) array.getArray()).map(MeetingType::valueOf).forEach(types::add);
		return types;
	}

	/**
	 * @param intervalWeeks every how many weeks the team meets
	 * @param contactDetails how households reach the team (address, phone, e-mail), for
	 * letters; {@code null} when not given
	 */
	public record Settings(DayOfWeek meetingDay, int intervalWeeks, Set<MeetingType> meetingTypes,
			AssignedBy assignedBy, AssignmentMode assignmentMode, String contactDetails, int version) {

		public Settings {
			meetingTypes = Set.copyOf(meetingTypes);
		}

	}

	/** Who may assign a case manager. */
	public enum AssignedBy {

		/** The team leader (the method's default). */
		TEAM_LEADER,

		/** The team leader or any member of the core team, in the meeting. */
		CORE_TEAM

	}

	/** How the two visitors' roles are settled after the first home visit. */
	public enum AssignmentMode {

		/**
		 * The case manager is picked at once; after the first visit the second visitor
		 * becomes backup.
		 */
		BACKUP_AFTER_FIRST_VISIT,

		/** The two visit first; afterwards the team decides who becomes case manager. */
		DECIDE_AFTER_FIRST_VISIT

	}

}
