package nl.regie.household;

import java.util.UUID;

/**
 * Who among the household receives something Regie prints or shows: the whole household,
 * or one member.
 *
 * @param memberId {@code null} for the whole household
 */
public record Audience(UUID memberId) {

	public static final Audience HOUSEHOLD = new Audience(null);

	public static Audience member(UUID memberId) {
		return memberId == null ? HOUSEHOLD : new Audience(memberId);
	}

	public boolean isMember(UUID member) {
		return memberId != null && memberId.equals(member);
	}

}
