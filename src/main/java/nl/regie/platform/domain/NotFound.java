package nl.regie.platform.domain;

/**
 * The thing asked for does not exist for this user. Also used where a thing exists but
 * the user may not know it does (another team's referral): the answer is the same, so ids
 * cannot be probed. The screens show the 404 page, the API a 404 problem+json.
 */
public class NotFound extends RuntimeException {

	public NotFound() {
		super("not found");
	}

}
