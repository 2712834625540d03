package nl.regie.registration;

import nl.regie.casefile.CaseDueItems;

import org.springframework.stereotype.Component;

/**
 * When a matrix is due, on "my cases": the intake matrix within some weeks of the first
 * contact, a review some months after the latest matrix while the case is active, and the
 * final matrix once closing is proposed ({@link MatrixSettings}). Regie knows when it
 * last measured: it asks only for what is missing.
 */
@Component
class MatrixDueItems implements CaseDueItems {

	private final String select;

	MatrixDueItems(MatrixSettings settings) {
		StringBuilder sql = new StringBuilder("""
				select 'MATRIX_INTAKE', c.first_contact_on + %d
				where c.stage = 'ACTIVE' and c.first_contact_on is not null
				  and not exists (select 1 from assessment a where a.case_id = c.id)
				union all
				select 'MATRIX_REVIEW', ((select max(a.assessed_on) from assessment a where a.case_id = c.id)
				                         + make_interval(months => %d))::date
				where c.stage = 'ACTIVE'""".formatted(settings.intakeWithinWeeks() * 7, settings.reviewEveryMonths()));
		if (settings.atClosing()) {
			sql.append("""

					union all
					select 'MATRIX_CLOSING', cl.proposed_at::date
					from case_closing cl
					where cl.case_id = c.id and c.stage = 'CLOSING'
					  and not exists (select 1 from assessment a where a.case_id = c.id and a.kind = 'CLOSING'
					                  and a.recorded_at >= cl.proposed_at)""");
		}
		this.select = sql.toString();
	}

	@Override
	public String select() {
		return select;
	}

}
