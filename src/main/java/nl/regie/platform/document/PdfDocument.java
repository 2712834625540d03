package nl.regie.platform.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * A page of XHTML (a processed Thymeleaf template) as a PDF, with openhtmltopdf: one
 * place for how every printed letter and plan is rendered.
 */
public final class PdfDocument {

	private PdfDocument() {
	}

	public static byte[] of(String html) {
		try (ByteArrayOutputStream pdf = new ByteArrayOutputStream()) {
			new PdfRendererBuilder().useFastMode().withHtmlContent(html, null).toStream(pdf).run();
			return pdf.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
