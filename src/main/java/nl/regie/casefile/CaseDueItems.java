package nl.regie.casefile;

/**
 * A kind of thing due on a case, for "my cases". Each contributes a SQL select of
 * {@code (kind text, due_on date)} rows that may refer to the case row {@code c} and to
 * the thresholds {@code warning_days}, {@code consult_days}, {@code rhythm_days},
 * {@code check_in_months} and {@code :today}; all of them are put in one query with
 * {@code union all}, so the page stays one query however many modules add due items. A
 * later module (action plan, escalations) implements this as a Spring bean, reading only
 * its own tables.
 */
public interface CaseDueItems {

	/**
	 * e.g. {@code select 'PLAN_REVIEW', p.review_on from plan p where p.case_id = c.id}
	 */
	String select();

}
