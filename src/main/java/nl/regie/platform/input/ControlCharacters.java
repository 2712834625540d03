package nl.regie.platform.input;

/**
 * The one rule for text that people and clients send: no control characters (NUL and the
 * other C0 characters, DEL, C1) except tab, line feed and carriage return, and no
 * unpaired surrogates. PostgreSQL cannot store NUL at all ("invalid byte sequence"), and
 * the others only hide text from the person reading it. Applied to every form field (by
 * {@link FormBinding}) and every JSON string (by {@link StrictJson}).
 */
public final class ControlCharacters {

	/** Message key for the refusal; the same in screens and in the API. */
	public static final String CODE = "text.controlCharacters";

	private ControlCharacters() {
	}

	public static boolean present(CharSequence text) {
		if (text == null) {
			return false;
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (refused(c)) {
				return true;
			}
			if (Character.isHighSurrogate(c)) {
				if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
					i++;
				}
				else {
					return true;
				}
			}
			else if (Character.isLowSurrogate(c)) {
				return true;
			}
		}
		return false;
	}

	/** The text without what the rule refuses, safe to show back to the person. */
	public static String removed(String text) {
		if (!present(text)) {
			return text;
		}
		StringBuilder visible = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
				visible.append(c).append(text.charAt(++i));
			}
			else if (!refused(c) && !Character.isSurrogate(c)) {
				visible.append(c);
			}
		}
		return visible.toString();
	}

	private static boolean refused(char c) {
		return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c <= 0x9f);
	}

}
