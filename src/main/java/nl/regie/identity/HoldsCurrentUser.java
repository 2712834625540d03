package nl.regie.identity;

/**
 * Implemented by every kind of authenticated principal Regie creates, so that the rest of
 * the application does not care how the user logged in.
 */
interface HoldsCurrentUser {

	CurrentUser currentUser();

}
