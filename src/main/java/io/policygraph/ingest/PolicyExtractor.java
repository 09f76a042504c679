package io.policygraph.ingest;

import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.policygraph.ingest.format.Formats;
import io.policygraph.ingest.format.ReadLimits;
import io.policygraph.ingest.format.ReadSource;
import io.policygraph.ingest.grammar.DocumentReader;
import io.policygraph.ingest.layout.Block;
import io.policygraph.ingest.layout.Headings;
import io.policygraph.ingest.layout.Layout;
import io.policygraph.ingest.text.Chars;
import io.policygraph.ingest.text.SourceText;

/**
 * The extraction core: from the bytes of a source file to its documents, their sections and measures,
 * and the bodies that lead, share or inherit each measure, every fact with its physical line range.
 * Pure Java: no database, no framework. Layout repair ({@link Layout}) turns each document's lines into
 * blocks; the responsibility grammar ({@link DocumentReader}) reads the blocks.
 */
public final class PolicyExtractor {

	private static final Pattern DATE = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日");

	private static final Pattern TITLE_END = Pattern.compile(
			"(方案|计划|规划|意见|措施|机制|办法|细则|预案|纲要|政策|通知)([（(][^）)]{1,20}[）)])*$");

	private final ReadLimits limits;

	/** An extractor with the format limits configured for this process ({@link ReadLimits#configured()}). */
	public PolicyExtractor() {
		this(ReadLimits.configured());
	}

	public PolicyExtractor(ReadLimits limits) {
		this.limits = limits;
	}

	/**
	 * {@return everything extracted from one file, in any supported format (text, HTML, PDF, OFD, DOCX, DOC/WPS,
	 * XLSX/XLS), recognised by its content}
	 * @param name the file name, used for provenance and in error messages
	 * @param bytes the file's content
	 * @throws UnreadableSourceException when the file is not policy text, its format is not supported, a
	 * limit is passed or its text cannot be read faithfully
	 */
	public ExtractedFile extract(String name, byte[] bytes) {
		return extract(name, bytes, null);
	}

	/**
	 * {@return everything extracted from one file, as {@link #extract(String, byte[])}, its text or HTML decoded
	 * in the charset its transport declared when that is sensible for the bytes}
	 * @param transport the charset of an HTTP {@code Content-Type}, or null
	 */
	public ExtractedFile extract(String name, byte[] bytes, Charset transport) {
		return extract(name, ContentHash.sha256(bytes), Formats.read(name, bytes, this.limits, transport));
	}

	/**
	 * {@return everything extracted from a file a format reader has read}
	 * @param name the file name
	 * @param sha256 the digest of the file's bytes
	 * @param read the normalised text and the origin of its lines
	 */
	public ExtractedFile extract(String name, String sha256, ReadSource read) {
		SourceText source = new SourceText(name, read.text());
		List<ExtractedDocument> documents = new ArrayList<>();
		for (DocumentSplitter.Span span : DocumentSplitter.split(source)) {
			documents.add(document(source, span, read));
		}
		return new ExtractedFile(name, sha256, documents, read);
	}

	private ExtractedDocument document(SourceText source, DocumentSplitter.Span span, ReadSource read) {
		List<String> flags = new ArrayList<>(span.flags());
		int addressee = Layout.addressee(source, span.titleEnd() + 1, span.end());
		int bodyStart = addressee < 0 ? span.titleEnd() + 1 : addressee + 1;
		// the last line of the promulgated document's own title, below the notice's date; -1 when there is none
		int titleEnd = -1;
		String titleBlock = span.titleLines();
		String issuer = null;
		int titleFrom = span.start();
		String first = source.folded(span.start());
		if (span.titleEnd() > span.start() && !first.contains("关于") && !first.contains("印发")) {
			issuer = first;
			titleFrom = span.start() + 1;
			titleBlock = DocumentSplitter.joinLines(source, titleFrom, span.titleEnd());
		}
		if (issuer == null) {
			issuer = Titles.issuerPrefix(titleBlock);
		}
		String noticeTitle = span.notice() ? titleBlock : null;
		String title = titleBlock;
		String docNo = null;
		LocalDate issuedOn = null;
		int dateLine = -1;
		// with no addressee line the body starts right after the title, and the 文号 line is its first line
		int afterTitle = DocumentSplitter.firstNonBlank(source, span.titleEnd() + 1, span.end());
		for (int k = span.start(); k <= span.end(); k++) {
			String line = source.folded(k);
			if (docNo == null && (k < bodyStart || k == afterTitle) && DocumentSplitter.isDocNoLine(line)) {
				Matcher no = DocumentSplitter.DOC_NO.matcher(line);
				if (no.find()) {
					docNo = no.group().replace('[', '〔').replace(']', '〕');
				}
			}
			if (issuedOn == null && DocumentSplitter.isDateLine(line) && k > span.titleEnd()) {
				issuedOn = date(line);
				dateLine = k;
			}
		}
		if (docNo == null) {
			Matcher no = DocumentSplitter.DOC_NO_IN_TITLE.matcher(titleBlock);
			if (no.find()) {
				docNo = no.group(1);
			}
		}
		if (!span.notice() && span.flags().contains("no-header")) {
			String bare = bareTitle(source, span.start(), span.end());
			// a file with no recognisable title is named by its first line, cut to a title's length
			title = bare != null ? bare : titleBlock.substring(0, Math.min(80, titleBlock.length()));
			if (bare == null) {
				bodyStart = span.start();
				addressee = -1;
				if (Layout.isAddressee(source.folded(span.start()))) {
					// a copy that starts at its addressee line (各市（州）人民政府、省级有关部门：) has no title: the
					// line names who receives the notice, no measure
					addressee = span.start();
					bodyStart = span.start() + 1;
				}
			}
		}
		if (span.notice()) {
			String promulgated = Titles.promulgated(titleBlock);
			if (promulgated != null) {
				title = promulgated;
				BareTitle body = dateLine > 0 ? bodyTitleAfter(source, dateLine, span.end()) : null;
				String bodyTitle = body == null ? null : body.text();
				if (body != null) {
					titleEnd = body.lastLine();
					if (!Titles.sameDocument(bodyTitle, promulgated)) {
						flags.add("notice-body-mismatch");
						title = bodyTitle;
					}
					else if (bodyTitle.length() > promulgated.length()) {
						title = bodyTitle;
					}
				}
			}
			else if (issuer != null && titleBlock.startsWith(issuer)) {
				title = titleBlock.substring(issuer.length());
			}
		}
		if (issuer == null && dateLine > 0) {
			issuer = signatureAbove(source, dateLine);
		}
		if (issuer == null) {
			flags.add("no-issuer");
		}
		List<Block> blocks = new ArrayList<>();
		if (addressee >= 0 && addressee < bodyStart) {
			blocks.add(Layout.addresseeBlock(source, addressee));
		}
		if (titleEnd >= bodyStart && titleEnd < span.end()) {
			// 某县测试行动方案 / 县人武部负责…: the promulgated document's title is a block of its own, not the start
			// of its first paragraph
			blocks.addAll(Layout.blocks(source, bodyStart, titleEnd));
			blocks.addAll(Layout.blocks(source, titleEnd + 1, span.end()));
		}
		else {
			blocks.addAll(Layout.blocks(source, bodyStart, span.end()));
		}
		StringBuilder all = new StringBuilder();
		for (Block b : blocks) {
			switch (b) {
				case Block.TableRow row -> all.append(row.task()).append('\n');
				case Block.Heading h -> all.append(h.text().text()).append('\n');
				case Block.Paragraph p -> all.append(p.text().text()).append('\n');
				case Block.FieldLine f -> all.append(f.text().text()).append('\n');
				case Block.Signature g -> all.append(g.text().text()).append('\n');
				case Block.Addressee a -> {
				}
			}
		}
		Validity validity = Validity.of(title, all, issuedOn);
		DocumentReader reader = new DocumentReader();
		blocks.forEach(reader::accept);
		reader.finish();
		return new ExtractedDocument(title, noticeTitle, issuer, docNo, issuedOn, Titles.kind(title), validity,
				span.start(), span.end(), reader.sections(), WrittenNames.restore(source, reader.measures()), flags, read);
	}

	private static BareTitle bodyTitleAfter(SourceText source, int dateLine, int end) {
		int first = DocumentSplitter.firstNonBlank(source, dateLine + 1, end);
		return bareTitleAt(source, first, end);
	}

	/** A title standing alone on its lines: its text, and the physical line it ends on. */
	record BareTitle(String text, int lastLine) {
	}

	/**
	 * A title written as bare lines (wrapped over up to five lines, blank lines between allowed), ending
	 * in a kind word and an optional bracket such as {@code （2022—2025年）}; {@code null} when the lines
	 * there read as text, not a title.
	 */
	static String bareTitle(SourceText source, int from, int end) {
		BareTitle t = bareTitleAt(source, from, end);
		return t == null ? null : t.text();
	}

	private static BareTitle bareTitleAt(SourceText source, int from, int end) {
		StringBuilder title = new StringBuilder();
		BareTitle found = null;
		int taken = 0;
		for (int k = from; k <= end && taken < 5; k++) {
			String line = source.folded(k);
			if (line.isEmpty()) {
				continue;
			}
			if ((taken > 0 && Headings.startsWithMarker(line)) || Chars.isSentenceEnd(line.charAt(line.length() - 1))
					|| line.length() > 80 || line.startsWith("注") || line.endsWith("：") || line.endsWith(":")) {
				break;
			}
			title.append(line);
			taken++;
			if (TITLE_END.matcher(title).find()) {
				found = new BareTitle(title.toString(), k);
			}
			else if (found != null) {
				break;
			}
		}
		return found;
	}

	private static String signatureAbove(SourceText source, int dateLine) {
		for (int k = dateLine - 1; k >= Math.max(1, dateLine - 3); k--) {
			String line = source.folded(k);
			if (!line.isEmpty()) {
				return line.length() <= 40 && line.matches(".*(人民政府|办公厅|办公室|局|委员会|厅|委)$") ? line : null;
			}
		}
		return null;
	}

	private static LocalDate date(String text) {
		Matcher m = DATE.matcher(text);
		if (!m.find()) {
			return null;
		}
		try {
			return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

}
