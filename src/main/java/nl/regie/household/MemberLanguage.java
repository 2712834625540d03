package nl.regie.household;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The language a member speaks and whether an interpreter is needed at a visit. The
 * language is an ISO 639 code (639-1 where one exists, else 639-3), not free text: it is
 * named in the reader's language ("Arabisch", "Arabic") and an interpreter service books
 * by it; free text would give "arabisch", "Arabic" and "ar" for one language.
 *
 * @param code {@code null} when not recorded yet
 * @param version the optimistic lock: a change names the version it was made on
 */
public record MemberLanguage(String code, boolean interpreterNeeded, int version) {

	/**
	 * Languages without an ISO 639-1 code that households in Dutch social care speak
	 * (Papiamento, Sranan Tongo, Tarifit, Berber, Central Atlas Tamazight, Sorani).
	 */
	private static final List<String> WITHOUT_TWO_LETTERS = List.of("pap", "srn", "rif", "ber", "tzm", "ckb");

	public static MemberLanguage notRecorded() {
		return new MemberLanguage(null, false, 0);
	}

	public boolean recorded() {
		return code != null;
	}

	/** The language in the reader's language, e.g. "Arabisch"; {@code null} if none. */
	public String name(Locale reader) {
		return code == null ? null : nameOf(code, reader);
	}

	/** A code Regie can name: one of {@link #offered(Locale)}. */
	public static boolean known(String code) {
		return code != null && codes().anyMatch(code::equals);
	}

	/** Every language Regie offers, by its name in the reader's language. */
	public static List<Offered> offered(Locale reader) {
		return codes().map(code -> new Offered(code, nameOf(code, reader)))
			.sorted(Comparator.comparing(Offered::name, String.CASE_INSENSITIVE_ORDER))
			.toList();
	}

	/** A language to choose from. */
	public record Offered(String code, String name) {
	}

	private static Stream<String> codes() {
		return Stream.concat(Stream.of(Locale.getISOLanguages()), WITHOUT_TWO_LETTERS.stream());
	}

	private static String nameOf(String code, Locale reader) {
		return Locale.of(code).getDisplayLanguage(reader);
	}

}
