package nl.regie.socialmap;

import java.util.ArrayList;
import java.util.List;

/**
 * A CSV file as records of fields (RFC 4180: fields in double quotes may hold the
 * separator, line breaks and doubled quotes). The separator is the one the header line
 * uses: a semicolon (what Excel writes in Dutch) or a comma. Each record knows the line
 * it starts on, for the import's report. Empty lines are skipped.
 */
final class CsvRecords {

	private CsvRecords() {
	}

	record CsvRecord(int line, List<String> fields) {
	}

	static List<CsvRecord> parse(String text) {
		String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
		char separator = separator(content);
		List<CsvRecord> records = new ArrayList<>();
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		int line = 1;
		int recordLine = 1;
		for (int i = 0; i < content.length(); i++) {
			char c = content.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < content.length() && content.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					if (c == '\n') {
						line++;
					}
					field.append(c);
				}
			}
			else if (c == '"' && field.isEmpty()) {
				quoted = true;
			}
			else if (c == separator) {
				fields.add(field.toString());
				field.setLength(0);
			}
			else if (c == '\n' || c == '\r') {
				if (c == '\r' && i + 1 < content.length() && content.charAt(i + 1) == '\n') {
					i++;
				}
				fields.add(field.toString());
				field.setLength(0);
				add(records, recordLine, fields);
				fields = new ArrayList<>();
				line++;
				recordLine = line;
			}
			else {
				field.append(c);
			}
		}
		if (!field.isEmpty() || !fields.isEmpty()) {
			fields.add(field.toString());
			add(records, recordLine, fields);
		}
		return records;
	}

	private static void add(List<CsvRecord> records, int line, List<String> fields) {
		if (fields.stream().anyMatch(value -> !value.isBlank())) {
			records.add(new CsvRecord(line, List.copyOf(fields)));
		}
	}

	private static char separator(String content) {
		int end = content.indexOf('\n');
		String header = end < 0 ? content : content.substring(0, end);
		long semicolons = header.chars().filter(c -> c == ';').count();
		long commas = header.chars().filter(c -> c == ',').count();
		return semicolons >= commas && semicolons > 0 ? ';' : ',';
	}

}
