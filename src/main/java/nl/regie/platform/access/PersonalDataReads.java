package nl.regie.platform.access;

import java.util.List;

/**
 * The seam through which every read of a household's personal data is reported. Each
 * module's access policy calls it when it allows such a read, inside the transaction of
 * the read (which therefore may not be read-only); the privacy module's audit log
 * implements it.
 */
public interface PersonalDataReads {

	void record(PersonalDataRead read);

	/**
	 * The reads of a list page (the inbox, the agenda, a search): one per household it
	 * showed, written together so the page's cost does not grow by a round of statements
	 * per household.
	 */
	default void recordAll(List<PersonalDataRead> reads) {
		reads.forEach(this::record);
	}

	/**
	 * A change in who may read a household. Unlike a read, a refusal is reported too, so
	 * it must outlive the refused transaction: call it in a transaction of its own.
	 */
	void record(AccessEvent event);

}
