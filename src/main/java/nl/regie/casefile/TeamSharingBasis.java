package nl.regie.casefile;

import java.util.UUID;

/**
 * Whether the team may share a case beyond the workers assigned to it: a legal basis, or
 * the household's consent, for sharing within the neighbourhood team is on record. The
 * first contact may happen before it is (a form at the door can end the contact); until
 * then only the assigned workers and the team leader read the file, and "my cases"
 * reminds the case manager. The module that keeps consents implements it.
 */
public interface TeamSharingBasis {

	boolean recorded(UUID caseId);

}
