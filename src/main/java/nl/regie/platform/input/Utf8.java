package nl.regie.platform.input;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * An uploaded file as text, only when it is valid UTF-8: a file saved in another encoding
 * (Excel's Windows-1252) is refused rather than read with replacement characters.
 */
public final class Utf8 {

	private Utf8() {
	}

	/** The text; empty when the bytes are not valid UTF-8. */
	public static Optional<String> decode(byte[] bytes) {
		try {
			return Optional.of(StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString());
		}
		catch (CharacterCodingException notUtf8) {
			return Optional.empty();
		}
	}

}
