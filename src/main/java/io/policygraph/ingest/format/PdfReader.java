package io.policygraph.ingest.format;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import io.policygraph.ingest.UnreadableSourceException;
import io.policygraph.ingest.format.PositionedText.Glyph;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * A PDF read by the position of its glyphs ({@link PositionedText} makes lines, tables and pages of them) and
 * the rulings of its pages ({@link PdfPage}). A file with no text layer (a scan), glyphs without a Unicode
 * mapping, or a password is refused; so is one whose pages are too many, or whose reading takes longer than
 * the time budget of the whole file ({@link Deadline}, checked at every operator of every page).
 */
final class PdfReader implements FormatReader {

	@Override
	public ReadSource read(String name, byte[] bytes, ReadLimits limits) {
		Deadline deadline = new Deadline(name, "PDF", limits.pdfTime(), "policygraph.formats.pdf.time-budget-seconds");
		try (PDDocument document = Loader.loadPDF(bytes)) {
			if (document.isEncrypted() && !document.getCurrentAccessPermission().canExtractContent()) {
				throw new UnreadableSourceException(name, "encrypted PDF that forbids extracting its text refused");
			}
			int pages = document.getNumberOfPages();
			if (pages > limits.maxPdfPages()) {
				throw new UnreadableSourceException(name, "PDF of " + pages + " pages is over the limit of " + limits.maxPdfPages()
						+ " pages (policygraph.formats.pdf.max-pages)");
			}
			Collector collector = new Collector(deadline);
			List<PositionedText.Page> read = new ArrayList<>();
			boolean images = false;
			for (int p = 1; p <= pages; p++) {
				deadline.page(p);
				deadline.check();
				PDPage page = document.getPage(p - 1);
				PdfPage graphics = new PdfPage(page, deadline);
				List<Ruling> rulings = graphics.rulings();
				images |= graphics.paintsImage();
				collector.glyphs.clear();
				collector.setStartPage(p);
				collector.setEndPage(p);
				collector.getText(document);
				read.add(new PositionedText.Page(List.copyOf(collector.glyphs), rulings, page.getCropBox().getHeight()));
			}
			if (collector.shown == 0) {
				throw new UnreadableSourceException(name, images ? "图像扫描件，无可提取文字 (a scanned image: the PDF has no text layer; run OCR first)"
						: "PDF with no text");
			}
			if (collector.unmapped > collector.shown * 0.2) {
				throw new UnreadableSourceException(name, "PDF text has no Unicode mapping (" + collector.unmapped + " of " + collector.shown
						+ " glyphs; fonts without ToUnicode), it would read as garbage");
			}
			deadline.page(0);
			ReadSource source = PositionedText.read(read, Format.PDF);
			deadline.check();
			return source;
		}
		catch (InvalidPasswordException ex) {
			throw new UnreadableSourceException(name, "encrypted PDF (password required) refused");
		}
		catch (IOException ex) {
			throw new UnreadableSourceException(name, "damaged PDF: " + ex.getMessage());
		}
	}

	/** Collects each glyph with its position; counts the glyphs drawn and those without a Unicode value. */
	private static final class Collector extends PDFTextStripper {

		final List<Glyph> glyphs = new ArrayList<>();

		int shown;

		int unmapped;

		private int received;

		private final Deadline deadline;

		Collector(Deadline deadline) {
			this.deadline = deadline;
		}

		@Override
		protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
			this.deadline.check();
			super.processOperator(operator, operands);
		}

		@Override
		protected void showGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement) throws IOException {
			this.shown++;
			int before = this.received;
			super.showGlyph(textRenderingMatrix, font, code, displacement);
			if (this.received == before) {
				// PDFBox drops a composite font's glyph that maps to no Unicode
				this.unmapped++;
			}
		}

		@Override
		protected void processTextPosition(TextPosition t) {
			this.received++;
			String u = t.getUnicode();
			if (u == null || u.isEmpty() || u.chars().anyMatch(c -> c == 0xFFFD || (c >= 0xE000 && c <= 0xF8FF) || c < 0x20)) {
				this.unmapped++;
				return;
			}
			if (u.isBlank()) {
				return;
			}
			float size = Math.max(1f, Math.max(t.getFontSizeInPt(), t.getHeightDir()));
			this.glyphs.add(new Glyph(t.getXDirAdj(), t.getYDirAdj(), Math.max(0.1f, t.getWidthDirAdj()), size, u));
		}

	}

}
