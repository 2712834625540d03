package nl.regie.socialmap;

import java.util.List;
import java.util.UUID;

/**
 * What an import did with every row of the file: taken (with the new provision's id) or
 * skipped with the reasons. A skipped row left nothing behind.
 */
record ImportReport(long taken, long skipped, List<Row> rows) {

	static ImportReport of(List<Row> rows) {
		long taken = rows.stream().filter(Row::taken).count();
		return new ImportReport(taken, rows.size() - taken, List.copyOf(rows));
	}

	/**
	 * @param line the line in the file where the row starts (the header is line 1)
	 * @param id the new provision; {@code null} when skipped
	 */
	record Row(int line, String organisation, String name, boolean taken, UUID id, List<Reason> reasons) {

		Row {
			reasons = List.copyOf(reasons);
		}

	}

	/**
	 * @param column the column of the file the reason is about
	 * @param code the message key saying what is wrong
	 * @param value what the row had there
	 */
	record Reason(String column, String code, String value) {
	}

}
