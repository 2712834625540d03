package nl.regie.platform.access;

/**
 * The seam through which every read of a household's personal data is reported. Each
 * module's access policy calls it when it allows such a read; the audit log of the
 * privacy module hangs on it.
 */
public interface PersonalDataReads {

	void record(PersonalDataRead read);

}
