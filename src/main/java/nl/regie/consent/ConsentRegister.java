package nl.regie.consent;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import nl.regie.casefile.TeamSharingBasis;

import org.springframework.stereotype.Component;

/**
 * For the modules that share: whether a consent of the household holds for a purpose on a
 * day (a task card checks it before it shows anything), and, for the case's access rule,
 * whether the team may share the case within the neighbourhood team.
 */
@Component
public class ConsentRegister implements TeamSharingBasis {

	private final Consents consents;

	private final SharingActs sharing;

	private final Clock clock;

	ConsentRegister(Consents consents, SharingActs sharing, Clock clock) {
		this.consents = consents;
		this.sharing = sharing;
		this.clock = clock;
	}

	public boolean holds(UUID caseId, SharingPurpose purpose, LocalDate day) {
		return consents.anyValid(caseId, purpose, day);
	}

	@Override
	public boolean recorded(UUID caseId) {
		return sharing.teamBasisHolds(caseId, LocalDate.now(clock));
	}

}
