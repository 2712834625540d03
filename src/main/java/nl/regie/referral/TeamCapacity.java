package nl.regie.referral;

import java.util.UUID;

import org.springframework.stereotype.Component;

/**
 * Whether a team can take on another case now; when it cannot, accepted households go to
 * the waitlist.
 */
@Component
class TeamCapacity {

	boolean isFull(UUID teamId) {
		return false;
	}

}
