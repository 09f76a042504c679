package io.policygraph.ingest;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The extraction core: from the bytes of a source file to its documents, their sections and measures,
 * and the bodies that lead, share or inherit each measure, every fact with its physical line range.
 * Pure Java: no database, no framework.
 */
public final class PolicyExtractor {

	private static final Pattern ADDRESSEE = Pattern.compile(".*(各|政府|部门|单位|有关|委员会|办公室|局)[^。]*[:：]$");

	private static final Pattern VALID_UNTIL = Pattern.compile("有效期至(\\d{4})年(\\d{1,2})月(?:(\\d{1,2})日)?");

	private static final Pattern IN_FORCE_FROM = Pattern.compile("自(\\d{4})年(\\d{1,2})月(\\d{1,2})日起(?:施行|实施|执行|生效)");

	private static final Pattern VALID_YEARS = Pattern.compile("有效期(?:为|是)?([1-9一二三四五六七八九十])年");

	private static final Pattern DATE = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日");

	private static final Pattern TITLE_END = Pattern.compile(
			"(方案|计划|规划|意见|措施|机制|办法|细则|预案|纲要|政策|通知)([（(][^）)]{1,20}[）)])*$");

	private static final Pattern TITLE_SENTENCE = Pattern.compile("^([^。.；;]{2,40})[。.]");

	/**
	 * {@return everything extracted from one file}
	 * @param name the file name, used for provenance and in error messages
	 * @param bytes the file's content
	 * @throws UnreadableSourceException when the file is not policy text
	 */
	public ExtractedFile extract(String name, byte[] bytes) {
		String text = SourceDecoder.decode(name, bytes);
		SourceText source = new SourceText(name, text);
		List<ExtractedDocument> documents = new ArrayList<>();
		for (DocumentSplitter.Span span : DocumentSplitter.split(source)) {
			documents.add(document(source, span));
		}
		return new ExtractedFile(name, ContentHash.sha256(bytes), documents);
	}

	private ExtractedDocument document(SourceText source, DocumentSplitter.Span span) {
		List<String> flags = new ArrayList<>(span.flags());
		int bodyStart = bodyStart(source, span);
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
			if (docNo == null && (k < bodyStart || k == afterTitle) && DocumentSplitter.DOC_NO_LINE.matcher(line).matches()) {
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
			}
		}
		if (span.notice()) {
			String promulgated = Titles.promulgated(titleBlock);
			if (promulgated != null) {
				title = promulgated;
				String bodyTitle = dateLine > 0 ? bodyTitleAfter(source, dateLine, span.end()) : null;
				if (bodyTitle != null) {
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
		// tables are cut from the physical lines before paragraphs are rebuilt around them
		List<Tables.Table> tables = Tables.find(source, bodyStart, span.end());
		List<Object> parts = new ArrayList<>();
		int cursor = bodyStart;
		for (Tables.Table t : tables) {
			parts.addAll(Layout.paragraphs(source, cursor, t.headerLine() - 1));
			parts.addAll(t.rows());
			cursor = t.lastLine() + 1;
		}
		parts.addAll(Layout.paragraphs(source, cursor, span.end()));
		StringBuilder all = new StringBuilder();
		parts.forEach(p -> all.append(p instanceof Paragraph para ? para.text() : ((Tables.Row) p).task()).append('\n'));
		LocalDate[] validity = validity(all, issuedOn);
		Structure structure = new Structure();
		for (Object part : parts) {
			if (part instanceof Paragraph p) {
				structure.accept(p);
			}
			else {
				structure.accept((Tables.Row) part);
			}
		}
		structure.applyDocumentRules();
		return new ExtractedDocument(title, noticeTitle, issuer, docNo, issuedOn, Titles.kind(title), validity[0],
				validity[1], span.start(), span.end(), structure.sections, structure.measures, flags);
	}

	private static int bodyStart(SourceText source, DocumentSplitter.Span span) {
		int seen = 0;
		for (int k = span.titleEnd() + 1; k <= span.end() && seen < 8; k++) {
			String line = source.folded(k);
			if (line.isEmpty()) {
				continue;
			}
			seen++;
			if (line.length() < 80 && ADDRESSEE.matcher(line).matches()) {
				return k + 1;
			}
		}
		return span.titleEnd() + 1;
	}

	private static String bodyTitleAfter(SourceText source, int dateLine, int end) {
		int first = DocumentSplitter.firstNonBlank(source, dateLine + 1, end);
		return bareTitle(source, first, end);
	}

	/**
	 * A title written as bare lines (wrapped over up to five lines, blank lines between allowed), ending
	 * in a kind word and an optional bracket such as {@code （2022—2025年）}; {@code null} when the lines
	 * there read as text, not a title.
	 */
	static String bareTitle(SourceText source, int from, int end) {
		StringBuilder title = new StringBuilder();
		String found = null;
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
				found = title.toString();
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

	private static LocalDate[] validity(CharSequence text, LocalDate issuedOn) {
		LocalDate from = null;
		LocalDate to = null;
		Matcher m = IN_FORCE_FROM.matcher(text);
		if (m.find()) {
			from = safeDate(m.group(1), m.group(2), m.group(3));
		}
		m = VALID_UNTIL.matcher(text);
		if (m.find()) {
			LocalDate month = safeDate(m.group(1), m.group(2), "1");
			if (month != null) {
				to = m.group(3) != null ? safeDate(m.group(1), m.group(2), m.group(3))
						: month.withDayOfMonth(month.lengthOfMonth());
			}
		}
		if (to == null && from != null) {
			m = VALID_YEARS.matcher(text);
			if (m.find()) {
				to = from.plusYears(chineseDigit(m.group(1))).minusDays(1);
			}
		}
		if (from == null) {
			from = issuedOn;
		}
		return new LocalDate[] { from, to };
	}

	private static int chineseDigit(String s) {
		int i = "一二三四五六七八九十".indexOf(s);
		return i >= 0 ? i + 1 : Integer.parseInt(s);
	}

	private static LocalDate safeDate(String y, String m, String d) {
		try {
			return LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Walks a document's paragraphs, keeping the heading stack and cutting measures at annotations. */
	private static final class Structure {

		private record Open(Headings.Kind kind, String label, String title) {
		}

		final List<ExtractedSection> sections = new ArrayList<>();

		final List<ExtractedMeasure> measures = new ArrayList<>();

		private final Deque<Open> stack = new ArrayDeque<>();

		private final List<List<String>> inheritRules = new ArrayList<>();

		private final List<Integer> inheritFrom = new ArrayList<>();

		private int positionalLeadFrom = -1;

		/** The paragraph accepted before the current one. */
		private Paragraph lastParagraph;

		void accept(Paragraph p) {
			read(p);
			this.lastParagraph = p;
		}

		/** A row of a task table: its task is the measure, its role columns the bodies. */
		void accept(Tables.Row row) {
			String path = row.serial() == null ? path() : (path().isEmpty() ? row.serial() : path() + "/" + row.serial());
			int[] lines = new int[row.task().length()];
			Arrays.fill(lines, row.line());
			Paragraph text = new Paragraph(row.task(), lines);
			this.measures.add(new ExtractedMeasure(this.measures.size() + 1, path, row.task().length() <= 25 ? row.task() : null,
					row.task(), row.line(), row.line(), row.raw(), "table", row.mentions(), row.openList(),
					LineMap.of(text, 0, row.task().length())));
			this.lastParagraph = null;
		}

		private void read(Paragraph p) {
			String text = p.text();
			int bodyFrom = 0;
			String headingTitle = null;
			Headings.Marker marker = Headings.marker(text);
			if (marker != null) {
				while (!this.stack.isEmpty() && this.stack.peek().kind().rank >= marker.kind().rank) {
					this.stack.pop();
				}
				String rest = text.substring(marker.end());
				Matcher t = TITLE_SENTENCE.matcher(rest);
				headingTitle = t.find() ? t.group(1) : (rest.length() <= 60 ? stripAnnotations(rest) : rest.substring(0, 30));
				this.stack.push(new Open(marker.kind(), marker.label(), headingTitle));
				this.sections.add(new ExtractedSection(path(), marker.kind().name().toLowerCase(), headingTitle,
						p.firstLine(), p.lastLine()));
				bodyFrom = marker.end();
			}
			String title = headingTitle;
			if (title == null) {
				Matcher t = TITLE_SENTENCE.matcher(text);
				title = t.find() && t.group(1).length() <= 25 ? t.group(1) : null;
			}
			List<Annotations.Annotation> annotations = Annotations.find(text);
			if (this.positionalLeadFrom < 0 && Annotations.sentencePositional(text, annotations)) {
				// 注：列第一位的为牵头单位。 holds for the measures after it
				this.positionalLeadFrom = this.measures.size();
			}
			List<String> sentenceRule = Annotations.sentenceRule(text, annotations);
			if (sentenceRule != null) {
				// a rule in running text applies from the next measure on, like one inside an annotation
				this.inheritRules.add(sentenceRule);
				this.inheritFrom.add(this.measures.size());
			}
			int cursor = bodyFrom;
			int unitStart = 0;
			for (Annotations.Annotation a : annotations) {
				int from = skipLeadingPunct(text, Math.min(unitStart, a.start()), a.start());
				boolean bare = text.substring(from, a.start()).isBlank();
				// 1.加快发展新能源汽车产业。 / 牵头单位：市经信局: the annotation on the next line closes that measure
				boolean closedBefore = bare && marker == null && unitStart == 0 && closesPreviousMeasure(p, a);
				if (bare && !closedBefore) {
					addMeasure(title, p, a.start(), a.end(), a.end(), a.raw(), a.pattern(), a.mentions(), a.openList());
				}
				else if (!bare) {
					addMeasure(title, p, from, a.start(), a.end(), a.raw(), a.pattern(),
							withProse(a.mentions(), text.substring(from, a.start())), a.openList());
				}
				if (!a.inheritRule().isEmpty()) {
					this.inheritRules.add(a.inheritRule());
					this.inheritFrom.add(this.measures.size());
				}
				if (a.positionalLead() && this.positionalLeadFrom < 0) {
					this.positionalLeadFrom = this.measures.size() - 1;
				}
				unitStart = a.end();
				cursor = a.end();
			}
			int proseEnd = readProse(p, title, Math.max(cursor, bodyFrom));
			if (proseEnd < 0 && annotations.isEmpty() && substantive(text.substring(bodyFrom))) {
				int from = skipLeadingPunct(text, bodyFrom, text.length());
				addMeasure(title, p, from, text.length(), text.length(), "", "", List.of(), false);
			}
			else if (proseEnd > 0 && substantive(text.substring(proseEnd))) {
				// what follows the last prose statement is a measure of its own, with no body named
				int from = skipLeadingPunct(text, proseEnd, text.length());
				addMeasure(title, p, from, text.length(), text.length(), "", "", List.of(), false);
			}
		}

		/**
		 * Reads responsibility stated in running text. A clause that names bodies starts a unit, which runs
		 * on to the end of its sentence unless a later clause of that sentence starts a unit of its own.
		 */
		/** {@return where the last prose unit ends, or -1 when the text states no responsibility} */
		private int readProse(Paragraph p, String title, int from) {
			String text = p.text();
			int start = skipLeadingPunct(text, from, text.length());
			if (start >= text.length()) {
				return -1;
			}
			Prose.Statement duty = Prose.dutyEntry(text.substring(start));
			if (duty != null) {
				String body = text.substring(start).strip();
				addMeasure(title, p, start, text.length(), text.length(), body, "prose", duty.mentions(), duty.openList());
				return text.length();
			}
			List<int[]> clauses = new ArrayList<>();
			int clauseStart = start;
			for (int i = start; i < text.length(); i++) {
				int kind = clauseBoundary(text, i);
				if (kind > 0) {
					clauses.add(new int[] { clauseStart, i + (kind == 3 ? 0 : 1), kind == 1 ? 1 : 0 });
					clauseStart = i + (kind == 3 ? 0 : 1);
				}
			}
			if (clauseStart < text.length()) {
				clauses.add(new int[] { clauseStart, text.length(), 1 });
			}
			int found = -1;
			for (int c = 0; c < clauses.size(); c++) {
				int[] clause = clauses.get(c);
				Prose.Statement statement = Prose.read(stripEnd(text.substring(clause[0], clause[1])));
				if (statement == null) {
					continue;
				}
				int end = clause[1];
				int next = c;
				while (clauses.get(next)[2] == 0 && next + 1 < clauses.size()) {
					int[] following = clauses.get(next + 1);
					if (Prose.read(stripEnd(text.substring(following[0], following[1]))) != null) {
						break;
					}
					next++;
					end = following[1];
				}
				int s = skipLeadingPunct(text, clause[0], end);
				String unit = text.substring(s, end).strip();
				addMeasure(title, p, s, end, end, unit, "prose", statement.mentions(), statement.openList());
				found = end;
				c = next;
			}
			return found;
		}

		/**
		 * The annotation's bodies, plus those the text it closes names in prose and the annotation leaves out:
		 * {@code 市经济信息委要会同市发展改革委、市科技局制定…（市经济信息委牵头）}.
		 */
		private static List<Mention> withProse(List<Mention> annotated, String unitText) {
			if (annotated.isEmpty() || !(unitText.contains("会同") || unitText.contains("牵头") || unitText.contains("配合")
					|| unitText.contains("负责"))) {
				return annotated;
			}
			List<Mention> prose = new ArrayList<>();
			for (String clause : unitText.split("[。；;！？]")) {
				Prose.Statement statement = Prose.read(clause);
				if (statement != null) {
					prose.addAll(statement.mentions());
				}
			}
			return withProse(annotated, prose);
		}

		/** The annotation's bodies, then those of {@code prose} it leaves out (a prose lead leads if it names none). */
		private static List<Mention> withProse(List<Mention> annotated, List<Mention> prose) {
			List<Mention> out = new ArrayList<>(annotated);
			boolean hasLead = annotated.stream().anyMatch(x -> x.role() == Role.LEAD);
			for (Mention x : prose) {
				if (out.stream().noneMatch(y -> y.surface().equals(x.surface()))) {
					Role role = x.role() == Role.LEAD && !hasLead ? Role.LEAD : Role.RESPONSIBLE;
					out.add(new Mention(x.surface(), role, out.size() + 1, x.roleWord()));
				}
			}
			return out;
		}

		private static String stripEnd(String clause) {
			if (clause.isEmpty()) {
				return clause;
			}
			char last = clause.charAt(clause.length() - 1);
			return "。；;.!?！？：:，,".indexOf(last) >= 0 ? clause.substring(0, clause.length() - 1) : clause;
		}

		/** 1: sentence end; 2: clause end (；：); 3: a new clause starting at {@code ，由}; 0: none. */
		private static int clauseBoundary(String text, int i) {
			char c = text.charAt(i);
			if (c == '。' || c == '！' || c == '？' || (c == '.' && isClauseEnd(text, i))) {
				return 1;
			}
			if (c == '；' || c == ';' || c == '：' || c == ':') {
				return 2;
			}
			if ((c == '，' || c == ',') && i + 1 < text.length() && text.charAt(i + 1) == '由') {
				return 3;
			}
			return 0;
		}

		private static boolean isClauseEnd(String text, int i) {
			char c = text.charAt(i);
			if (c == '。' || c == '；' || c == ';' || c == '！' || c == '？') {
				return true;
			}
			return c == '.' && (i == 0 || !Character.isDigit(text.charAt(i - 1))
					|| i + 1 >= text.length() || !Character.isDigit(text.charAt(i + 1)));
		}

		/**
		 * Adds the measure whose text is {@code p[from, to)} (trimmed) and whose provenance runs to the
		 * character before {@code provenanceEnd} (the end of its annotation).
		 */
		private void addMeasure(String title, Paragraph p, int from, int to, int provenanceEnd, String raw,
				String pattern, List<Mention> mentions, boolean openList) {
			String all = p.text();
			while (from < to && Character.isWhitespace(all.charAt(from))) {
				from++;
			}
			while (to > from && Character.isWhitespace(all.charAt(to - 1))) {
				to--;
			}
			this.measures.add(new ExtractedMeasure(this.measures.size() + 1, path(), title, all.substring(from, to),
					p.lineAt(from), p.lineAt(Math.max(from, provenanceEnd - 1)), raw, pattern, new ArrayList<>(mentions),
					openList, LineMap.of(p, from, to)));
		}

		/**
		 * When the paragraph before held one measure that names no body, in the same section, an annotation
		 * opening this paragraph belongs to that measure: it takes the bodies, and its provenance runs on to
		 * the annotation's last line. {@return whether it did}
		 */
		private boolean closesPreviousMeasure(Paragraph p, Annotations.Annotation a) {
			Paragraph before = this.lastParagraph;
			if (before == null || a.mentions().isEmpty() || p.firstLine() - before.lastLine() > 1) {
				return false;
			}
			String beforeText = before.text().strip();
			ExtractedMeasure last = this.measures.isEmpty() ? null : this.measures.get(this.measures.size() - 1);
			int end = p.lineAt(Math.max(a.start(), a.end() - 1));
			if (last != null && last.lineStart() >= before.firstLine() && last.path().equals(path())) {
				// the paragraph before is a measure of its own: it takes the bodies, if it names none or names them
				// only in prose (…由市工商联负责收集… / 责任单位：市工商联、…)
				if (last.hasResponsibility() && !last.pattern().equals("prose") || !beforeText.endsWith(last.text())) {
					return false;
				}
				this.measures.set(this.measures.size() - 1, new ExtractedMeasure(last.ordinal(), last.path(), last.title(),
						last.text(), last.lineStart(), end, a.raw(), a.pattern(), withProse(a.mentions(), last.mentions()),
						a.openList(), last.lines()));
				return true;
			}
			if (Headings.marker(beforeText) != null && sectionOf(before)) {
				// 4.实施数字化改造。 was only a heading: heading and annotation make the measure
				int from = before.text().indexOf(beforeText);
				this.measures.add(new ExtractedMeasure(this.measures.size() + 1, path(), this.stack.peek().title(), beforeText,
						before.firstLine(), end, a.raw(), a.pattern(), new ArrayList<>(a.mentions()), a.openList(),
						LineMap.of(before, from, from + beforeText.length())));
				return true;
			}
			return false;
		}

		/** Whether the innermost open section is the one the paragraph {@code before} opened. */
		private boolean sectionOf(Paragraph before) {
			return !this.stack.isEmpty() && this.sections.get(this.sections.size() - 1).lineStart() == before.firstLine();
		}

		/** Inherited defaults apply to the measures after the rule; a positional lead to its own and later ones. */
		void applyDocumentRules() {
			for (int i = 0; i < this.measures.size(); i++) {
				ExtractedMeasure m = this.measures.get(i);
				if (!m.hasResponsibility()) {
					continue;
				}
				List<Mention> mentions = new ArrayList<>(m.mentions());
				// the rule orders lists of several bodies: a body named alone, or a sentence of prose, is no list
				if (this.positionalLeadFrom >= 0 && i >= this.positionalLeadFrom && !m.pattern().equals("prose")
						&& mentions.stream().filter(x -> x.role() == Role.RESPONSIBLE).count() >= 2
						&& mentions.stream().noneMatch(x -> x.role() == Role.LEAD)) {
					for (int k = 0; k < mentions.size(); k++) {
						Mention x = mentions.get(k);
						if (x.role() == Role.RESPONSIBLE) {
							mentions.set(k, new Mention(x.surface(), Role.LEAD, x.position(), "列第一位"));
							break;
						}
					}
				}
				for (int r = 0; r < this.inheritRules.size(); r++) {
					if (i >= this.inheritFrom.get(r)) {
						int position = 0;
						for (String surface : this.inheritRules.get(r)) {
							mentions.add(new Mention(surface, Role.INHERITED, ++position, "以下…不再列出"));
						}
					}
				}
				this.measures.set(i, new ExtractedMeasure(m.ordinal(), m.path(), m.title(), m.text(), m.lineStart(),
						m.lineEnd(), m.raw(), m.pattern(), List.copyOf(mentions), m.openList(), m.lines()));
			}
		}

		private String path() {
			List<String> labels = new ArrayList<>();
			this.stack.descendingIterator().forEachRemaining(o -> labels.add(o.label()));
			return String.join("/", labels);
		}

		private static boolean substantive(String rest) {
			String r = rest.strip();
			return r.length() >= 12 && (r.indexOf('。') >= 0 || r.indexOf('.') >= 0 || r.indexOf('；') >= 0
					|| r.indexOf('，') >= 0 || r.indexOf(',') >= 0);
		}

		private static String stripAnnotations(String s) {
			List<Annotations.Annotation> found = Annotations.find(s);
			return found.isEmpty() ? s : s.substring(0, found.get(0).start()).strip();
		}

		private static int skipLeadingPunct(String text, int from, int to) {
			int i = from;
			while (i < to) {
				char c = text.charAt(i);
				if (c == '。' || c == '；' || c == ';' || c == '，' || c == ',' || c == '、' || c == '.' || c == ' ') {
					i++;
				}
				else {
					break;
				}
			}
			return i;
		}

	}

}
