package nl.regie.identity;

import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * A QR code as one SVG path, drawn by the page itself: no image request, nothing for the
 * Content-Security-Policy to allow, sharp at every zoom.
 *
 * @param size modules per side, including the quiet zone
 * @param path the SVG path data of the dark modules, one unit per module
 */
record QrCode(int size, String path) {

	static QrCode of(String text) {
		try {
			BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
					Map.of(EncodeHintType.MARGIN, 2, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M));
			StringBuilder path = new StringBuilder();
			for (int y = 0; y < matrix.getHeight(); y++) {
				for (int x = 0; x < matrix.getWidth(); x++) {
					if (matrix.get(x, y)) {
						path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
					}
				}
			}
			return new QrCode(matrix.getWidth(), path.toString());
		}
		catch (WriterException tooLong) {
			throw new IllegalArgumentException("does not fit a QR code", tooLong);
		}
	}

}
