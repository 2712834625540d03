package nl.regie.identity;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QrCodeTest {

	private static final Pattern MODULE = Pattern.compile("M(\\d+) (\\d+)h1v1h-1z");

	private static final int SCALE = 4;

	/** The path the enrolment page draws is read back by a QR decoder as the same URI. */
	@Test
	void theDrawnCodeReadsBackAsTheProvisioningUri() throws Exception {
		String uri = OneTimeCodes.provisioningUri("a.jansen", OneTimeCodes.newSecret());
		QrCode code = QrCode.of(uri);

		int side = code.size() * SCALE;
		int[] pixels = new int[side * side];
		Arrays.fill(pixels, 0xffffffff);
		Matcher module = MODULE.matcher(code.path());
		while (module.find()) {
			int x = Integer.parseInt(module.group(1));
			int y = Integer.parseInt(module.group(2));
			for (int dy = 0; dy < SCALE; dy++) {
				for (int dx = 0; dx < SCALE; dx++) {
					pixels[(y * SCALE + dy) * side + x * SCALE + dx] = 0xff000000;
				}
			}
		}
		BinaryBitmap picture = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(side, side, pixels)));

		assertThat(new QRCodeReader().decode(picture).getText()).isEqualTo(uri);
	}

}
