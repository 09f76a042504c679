package io.policygraph.ingest.grammar;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.policygraph.ingest.ExtractedMeasure;
import io.policygraph.ingest.ExtractedMeasure.Flag;
import io.policygraph.ingest.ExtractedSection;
import io.policygraph.ingest.LineMap;
import io.policygraph.ingest.Mention;
import io.policygraph.ingest.Role;
import io.policygraph.ingest.layout.Block;
import io.policygraph.ingest.layout.Headings;
import io.policygraph.ingest.layout.Text;
import io.policygraph.ingest.text.Brackets;
import io.policygraph.ingest.text.Chars;

/**
 * The responsibility grammar over one document's blocks: keeps the heading stack, cuts measures at
 * annotations and prose statements, reads task-table rows, and applies the document's rules at the end.
 * Feed it every block in order ({@link #accept}), then {@link #finish}.
 */
public final class DocumentReader {

	private static final Pattern TITLE_SENTENCE = Pattern.compile("^([^。.；;]{2,40})[。.]");

	/** Words of the prose that an annotation's text may hold next to it: worth reading before merging. */
	private static final Pattern PROSE_HINT = Pattern.compile("会同|牵头|配合|负责");

	/** Where a unit's text is cut into the clauses its prose is read from. */
	private static final Pattern CLAUSE_END = Pattern.compile("[。；;！？]");

	/** A heading that names who leads everything under it: {@code （一）省监察厅牵头的工作}. */
	private static final Pattern SECTION_LEAD = Pattern.compile(
			"^([^，,。；;：:]{2,40}?)(?:" + Words.LEAD_VERBS
					+ "|负责)的?(?:重点工作|工作|任务|事项)(?:[（(][\\d一二三四五六七八九十]+项[）)])?[。：:]?");

	static final String SECTION_LEAD_FORM = "section-lead";

	/** A heading that names the body whose duties it lists: {@code （一）市减灾委职责}. */
	private static final Pattern SECTION_DUTY = Pattern.compile("^([^，,。；;：:]{2,40}?)的?(?:主要)?职责[。：:]?$");

	static final String SECTION_DUTY_FORM = "section-duty";

	/** A heading of bodies alone: names and the marks between them, no sentence. */
	private static final Pattern HEADING_BODIES = Pattern.compile("[^，,。；;：:！？!?\\s]+");

	/** The longest heading of bodies alone: a few names. */
	private static final int MAX_HEADING_BODIES = 40;

	/** The longest sentence that a field line below can make a measure of, when it was too short to be one. */
	private static final int SHORT_MEASURE = 40;

	/**
	 * A section open on the stack.
	 *
	 * @param measuresAtOpen how many measures had been read when it opened
	 * @param unitIfEmpty for a heading whose bracket named the section's leads: adds the heading as a unit of its
	 *            own when no measure stands under it (a leaf measure written as a title and its bracket); or null
	 */
	private record Open(Headings.Kind kind, String label, String title, List<String> leads, List<String> carriers,
			int measuresAtOpen, Runnable unitIfEmpty) {

		Open(Headings.Kind kind, String label, String title, List<String> leads, List<String> carriers) {
			this(kind, label, title, leads, carriers, -1, null);
		}

		Open withLeads(List<String> sectionLeads, int measures, Runnable ifEmpty) {
			return new Open(this.kind, this.label, this.title, sectionLeads, this.carriers, measures, ifEmpty);
		}

	}

	private final List<ExtractedSection> sections = new ArrayList<>();

	/** The heading paragraph of each section of {@link #sections}, by its index there. */
	private final List<Text> headings = new ArrayList<>();

	private final List<ExtractedMeasure> measures = new ArrayList<>();

	private final Deque<Open> stack = new ArrayDeque<>();

	/** The labels of {@link #stack} joined, or {@code null} when a heading changed it since. */
	private String path;

	private final List<Rules.Default> inheritRules = new ArrayList<>();

	private final List<Integer> inheritFrom = new ArrayList<>();

	private int positionalLeadFrom = -1;

	/** Whether the positional rule holds for tasks of several bodies only (涉及多个单位的，列第一位的为牵头单位). */
	private boolean positionalSeveralOnly;

	/** The paragraph accepted before the current one. */
	private Text lastParagraph;

	/**
	 * The measure that the field lines right before took for theirs, or -1: the next field line joins it
	 * ({@code 1.地区生产总值增长6%。} / {@code 牵头单位：…} / {@code 责任单位：…}).
	 */
	private int fieldRun = -1;

	/** How many field lines of one run have joined its measure. */
	private int fieldsInRun;

	/**
	 * A run of fields names a few roles (牵头单位, 责任单位, 配合单位, 数据提供单位); more fields than this start
	 * units of their own, which also keeps a page of thousands of field lines linear.
	 */
	private static final int MAX_FIELDS_IN_RUN = 8;

	/** The label of a numbered sub-item: {@code 2}, {@code (3)}. */
	private static final Pattern SUB_ITEM = Pattern.compile("\\(?\\d{1,3}\\)?");

	/** How many sub-items before it one annotation may cover. */
	private static final int MAX_SIBLINGS = 8;

	/**
	 * How many sections back a rule for the list above ({@code 以上任务由X牵头}) looks, its items and theirs: a longer
	 * list is no list one sentence closes, and the bound keeps a page of such rules linear.
	 */
	private static final int MAX_LIST_SECTIONS = 40;

	/** {@return the sections read so far, in document order} */
	public List<ExtractedSection> sections() {
		return this.sections;
	}

	/** {@return the measures read so far, in document order (final after {@link #finish})} */
	public List<ExtractedMeasure> measures() {
		return this.measures;
	}

	/** Reads the next block of the document. */
	public void accept(Block block) {
		if (block instanceof Block.FieldLine f) {
			accept(f);
			return;
		}
		this.fieldRun = -1;
		switch (block) {
			case Block.Heading h -> {
				read(h.text(), h.marker(), false);
				this.lastParagraph = h.text();
			}
			case Block.Paragraph p -> {
				read(p.text(), null, false);
				this.lastParagraph = p.text();
			}
			case Block.FieldLine f -> throw new IllegalStateException("read above");
			case Block.TableRow row -> accept(row);
			case Block.Addressee a -> this.lastParagraph = null;
			case Block.Signature s -> this.lastParagraph = null;
		}
	}

	/**
	 * A labelled field on a line of its own belongs to the measure above it, however many blank lines or
	 * fields that name no body ({@code 牵头领导：…}) stand between; the fields of one run make one unit.
	 */
	private void accept(Block.FieldLine f) {
		if (!f.namesBodies()) {
			// 牵头领导：省政府分管领导同志, 完成时限：2025年底: nothing to read, and the run goes on
			return;
		}
		// 责任领导：王某某副市长；牵头单位：市农业农村局: the fields from the first role word on are read
		Text roles = f.roles();
		if (this.fieldRun >= 0 && this.fieldsInRun < MAX_FIELDS_IN_RUN && joinRun(roles)) {
			this.fieldsInRun++;
			return;
		}
		this.fieldRun = -1;
		read(roles, null, true);
		this.lastParagraph = roles;
	}

	/** Adds a field line's bodies to the measure of the run; {@return whether it could} */
	private boolean joinRun(Text field) {
		List<Annotation> found = Annotations.find(field.text());
		if (found.size() != 1) {
			return false;
		}
		Annotation a = found.get(0);
		if (a.start() != 0 || a.reading().mentions().isEmpty() || !a.inheritRule().isEmpty() || a.positionalLead()) {
			return false;
		}
		ExtractedMeasure m = this.measures.get(this.fieldRun);
		List<Mention> mentions = new ArrayList<>(m.mentions());
		for (Mention x : a.reading().mentions()) {
			if (mentions.stream().noneMatch(y -> y.surface().equals(x.surface()))) {
				mentions.add(new Mention(x.surface(), x.role(), mentions.size() + 1, x.roleWord(), x.form()));
			}
		}
		this.measures.set(this.fieldRun, new ExtractedMeasure(m.ordinal(), m.path(), m.title(), m.text(), m.lineStart(),
				Math.max(m.lineEnd(), field.lastLine()), m.raw() + "；" + a.raw(), m.form(), mentions,
				m.openList() || a.reading().openList(), List.of(), m.lines()));
		return true;
	}

	/** A row of a task table: its task is the measure, its role columns the bodies. */
	private void accept(Block.TableRow row) {
		Reading reading = TableColumns.read(row);
		if (reading.mentions().isEmpty()) {
			return;
		}
		String task = row.task();
		String path = row.serial() == null ? path() : (path().isEmpty() ? row.serial() : path() + "/" + row.serial());
		int[] lines = new int[task.length()];
		Arrays.fill(lines, row.line());
		Text text = new Text(task, lines);
		this.measures.add(new ExtractedMeasure(this.measures.size() + 1, path, task.length() <= 25 ? task : null, task,
				row.line(), row.lastLine(), row.raw(), TableColumns.NAME, withSectionLeads(reading.mentions()),
				reading.openList(), List.of(),
				LineMap.of(text, 0, task.length())));
		this.lastParagraph = null;
	}

	private void read(Text p, Headings.Marker marker, boolean field) {
		String text = p.text();
		int bodyFrom = 0;
		String headingTitle = null;
		boolean closingLead = false;
		if (marker != null) {
			while (!this.stack.isEmpty() && this.stack.peek().kind().rank >= marker.kind().rank) {
				closeSection();
			}
			String rest = text.substring(marker.end());
			Matcher t = titleSentence(rest);
			headingTitle = t != null ? t.group(1) : (rest.length() <= 60 ? stripAnnotations(rest) : rest.substring(0, 30));
			Matcher lead = SECTION_LEAD.matcher(rest);
			List<String> leads = lead.lookingAt() ? sectionLeads(lead.group(1)) : List.of();
			if (leads.isEmpty()) {
				// 一、扩大有效投资政策（由县发改局牵头实施）: a title closed by a bracket of leads names the section's lead
				leads = closingLeads(rest);
				closingLead = !leads.isEmpty();
			}
			Matcher duty = SECTION_DUTY.matcher(rest.strip());
			List<String> carriers = duty.matches() ? sectionLeads(duty.group(1)) : headingBodies(rest);
			this.stack.push(new Open(marker.kind(), marker.label(), headingTitle, leads, carriers));
			this.path = null;
			this.sections.add(new ExtractedSection(path(), marker.kind().name().toLowerCase(), headingTitle, p.firstLine(),
					p.lastLine()));
			this.headings.add(p);
			// the heading says who leads the section's tasks; what follows it in the paragraph is the first task
			bodyFrom = marker.end() + (leads.isEmpty() ? 0 : closingLead ? rest.length() : lead.end());
		}
		String title = headingTitle;
		if (title == null) {
			Matcher t = titleSentence(text);
			title = t != null && t.group(1).length() <= 25 ? t.group(1) : null;
		}
		Rules.Above above = marker == null ? Rules.above(text) : null;
		if (above != null) {
			// 以上两项任务由县发展改革局统筹: the rule gives its bodies to the measures above, and is none itself
			applyAbove(above);
			return;
		}
		Reading list = marker == null && !field ? Rules.aboveList(text) : null;
		if (list != null && applyToList(list, p)) {
			// 以上任务由县自然资源局牵头，各乡镇人民政府配合。: the bodies of each item of the list right above
			return;
		}
		List<Annotation> annotations = Annotations.find(text);
		if (closingLead) {
			// the heading's bracket named the section's leads: it is a measure of its own only if none stands under it
			int from = bodyFrom;
			Annotation closing = annotations.stream().filter(a -> a.start() < from).findFirst().orElseThrow();
			String heading = title;
			Runnable unit = () -> addMeasure(heading, p, skipLeadingPunct(text, 0, closing.start()), closing.start(),
					closing.end(), closing.raw(), closing.form(), closing.reading().mentions(), closing.reading().openList());
			Open top = this.stack.pop();
			this.stack.push(top.withLeads(top.leads(), this.measures.size(), unit));
			annotations = annotations.stream().filter(a -> a.start() >= from).toList();
		}
		if (marker == null && leadLineUnderHeading(p, annotations)) {
			// 一、擴大有效投資政策 / (由市發改委牽頭實施): the bracket on the heading's next line names the section's leads
			return;
		}
		if (this.positionalLeadFrom < 0 && sentencePositional(text, annotations)) {
			// 注：列第一位的为牵头单位。 holds for the measures after it
			this.positionalLeadFrom = this.measures.size();
			this.positionalSeveralOnly = Rules.forSeveralOnly(text);
		}
		List<String> sentenceRule = sentenceRule(text, annotations);
		if (sentenceRule != null) {
			// a rule in running text applies from the next measure on, like one inside an annotation
			this.inheritRules.add(Rules.Default.later(sentenceRule));
			this.inheritFrom.add(this.measures.size());
		}
		int cursor = bodyFrom;
		int unitStart = 0;
		for (Annotation a : annotations) {
			int from = skipLeadingPunct(text, Math.min(unitStart, a.start()), a.start());
			boolean bare = text.substring(from, a.start()).isBlank();
			// 1.加快发展新能源汽车产业。 / 牵头单位：市经信局: the annotation on the next line closes that measure
			boolean closedBefore = bare && marker == null && unitStart == 0 && closesPreviousMeasure(p, a, field);
			if (closedBefore && field) {
				this.fieldRun = this.measures.size() - 1;
				this.fieldsInRun = 1;
			}
			if (bare && !closedBefore) {
				addMeasure(title, p, a.start(), a.end(), a.end(), a.raw(), a.form(), a.reading().mentions(),
						a.reading().openList());
			}
			else if (!bare) {
				addMeasure(title, p, from, a.start(), a.end(), a.raw(), a.form(),
						withProse(a.reading().mentions(), text.substring(from, a.start())), a.reading().openList());
			}
			if (!a.inheritRule().isEmpty()) {
				// 以下…不再列出 holds from the next measure on; 具体任务均涉及X，不再做分工，下同 from its own
				this.inheritRules.add(a.inheritRule());
				this.inheritFrom.add(a.inheritRule().own() ? Math.max(0, this.measures.size() - 1) : this.measures.size());
			}
			if (a.positionalLead() && this.positionalLeadFrom < 0) {
				this.positionalLeadFrom = this.measures.size() - 1;
				this.positionalSeveralOnly = Rules.forSeveralOnly(a.raw());
			}
			unitStart = a.end();
			cursor = a.end();
		}
		int proseEnd = readProse(p, title, Math.max(cursor, bodyFrom));
		List<String> dutyOf = proseEnd < 0 && annotations.isEmpty() ? dutyCarriers(text, marker) : List.of();
		if (!dutyOf.isEmpty()) {
			// （一）市减灾委职责 / 负责组织和领导…, （一）区卫生计生委 / 2.统一组织实施…: the duty's body is the one the
			// heading names
			List<Mention> carriers = new ArrayList<>();
			for (String c : dutyOf) {
				carriers.add(new Mention(c, Role.RESPONSIBLE, carriers.size() + 1, "职责", SECTION_DUTY_FORM));
			}
			int from = marker == null ? 0 : skipLeadingPunct(text, marker.end(), text.length());
			addMeasure(title, p, from, text.length(), text.length(), text.substring(from), SECTION_DUTY_FORM, carriers,
					false);
			return;
		}
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
	 * Reads responsibility stated in running text. A clause that names bodies starts a unit, which runs on to
	 * the end of its sentence unless a later clause of that sentence starts a unit of its own.
	 * {@return where the last prose unit ends, or -1 when the text states no responsibility}
	 */
	private int readProse(Text p, String title, int from) {
		String text = p.text();
		int start = skipLeadingPunct(text, from, text.length());
		if (start >= text.length()) {
			return -1;
		}
		Reading duty = Statements.dutyEntry(text.substring(start));
		if (duty != null) {
			String body = text.substring(start).strip();
			addMeasure(title, p, start, text.length(), text.length(), body, duty.mentions().get(0).form(), duty.mentions(),
					duty.openList());
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
			Reading statement = Statements.read(stripEnd(text.substring(afterRunInMarker(text, clause[0], clause[1]),
					clause[1])));
			if (statement == null) {
				continue;
			}
			int end = clause[1];
			int next = c;
			while (clauses.get(next)[2] == 0 && next + 1 < clauses.size()) {
				int[] following = clauses.get(next + 1);
				String more = stripEnd(text.substring(following[0], following[1])).strip();
				if (Statements.read(more) != null) {
					break;
				}
				if (more.startsWith("会同")) {
					// 市粮食局负责…；会同有关部门提出…: the unit's body goes on, with partners
					statement = Subjects.withPartners(statement, more, 0);
				}
				next++;
				end = following[1];
			}
			int s = skipLeadingPunct(text, clause[0], end);
			String unit = text.substring(s, end).strip();
			addMeasure(title, p, s, end, end, unit, statement.mentions().get(0).form(), statement.mentions(),
					statement.openList());
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
		if (annotated.isEmpty() || !PROSE_HINT.matcher(unitText).find()) {
			return annotated;
		}
		List<Mention> prose = new ArrayList<>();
		for (String clause : CLAUSE_END.split(unitText)) {
			Reading statement = Statements.read(clause);
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
				out.add(new Mention(x.surface(), role, out.size() + 1, x.roleWord(), x.form()));
			}
		}
		return out;
	}

	/**
	 * {@return where a clause's statement starts: after the marker of a point run into the line after a sentence
	 * ({@code …确保取得实效。三、区编办要会同有关部门…}, points whose line breaks were lost), else at its start}
	 */
	private static int afterRunInMarker(String text, int from, int to) {
		int s = from;
		while (s < to && Character.isWhitespace(text.charAt(s))) {
			s++;
		}
		boolean afterSentence = s < to && Headings.mayStartMarker(text.charAt(s)) && from > 0
				&& clauseBoundary(text, from - 1) == 1;
		Headings.Marker m = afterSentence ? Headings.marker(text.substring(s, to)) : null;
		return m == null || m.kind().rank < Headings.Kind.SECTION.rank ? from : s + m.end();
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
		return i == 0 || !Character.isDigit(text.charAt(i - 1)) || i + 1 >= text.length()
				|| !Character.isDigit(text.charAt(i + 1));
	}

	/**
	 * Adds the measure whose text is {@code p[from, to)} (trimmed) and whose provenance runs to the character
	 * before {@code provenanceEnd} (the end of its annotation).
	 */
	private void addMeasure(String title, Text p, int from, int to, int provenanceEnd, String raw, String form,
			List<Mention> mentions, boolean openList) {
		String all = p.text();
		while (from < to && Character.isWhitespace(all.charAt(from))) {
			from++;
		}
		while (to > from && Character.isWhitespace(all.charAt(to - 1))) {
			to--;
		}
		this.measures.add(new ExtractedMeasure(this.measures.size() + 1, path(), title, all.substring(from, to),
				p.lineAt(from), p.lineAt(Math.max(from, provenanceEnd - 1)), raw, form, withSectionLeads(mentions), openList,
				List.of(), LineMap.of(p, from, to)));
	}

	/** The mentions, led by the section's leads when the section names them and the text names no lead. */
	private List<Mention> withSectionLeads(List<Mention> mentions) {
		List<String> leads = sectionLeads();
		if (leads.isEmpty() || mentions.stream().anyMatch(x -> x.role() == Role.LEAD)) {
			return new ArrayList<>(mentions);
		}
		List<Mention> out = new ArrayList<>();
		for (String lead : leads) {
			out.add(new Mention(lead, Role.LEAD, out.size() + 1, "牵头的工作", SECTION_LEAD_FORM));
		}
		for (Mention x : mentions) {
			if (out.stream().noneMatch(y -> y.surface().equals(x.surface()))) {
				out.add(new Mention(x.surface(), x.role(), out.size() + 1, x.roleWord(), x.form()));
			}
		}
		return out;
	}

	/**
	 * When the paragraph before held one measure that names no body, in the same section, an annotation
	 * opening this paragraph belongs to that measure: it takes the bodies, and its provenance runs on to the
	 * annotation's last line. {@return whether it did}
	 */
	private boolean closesPreviousMeasure(Text p, Annotation a, boolean field) {
		Text before = this.lastParagraph;
		// the paragraph before is the block right before this one: blank lines and page furniture between them
		// (a page break) do not part a measure from its annotation
		if (before == null || a.reading().mentions().isEmpty()) {
			return false;
		}
		String beforeText = before.text().strip();
		ExtractedMeasure last = this.measures.isEmpty() ? null : this.measures.get(this.measures.size() - 1);
		int end = p.lineAt(Math.max(a.start(), a.end() - 1));
		if (last != null && last.lineStart() >= before.firstLine() && last.path().equals(path())) {
			int tail = unannotatedTail(before, last);
			if (tail >= 0) {
				// …(市节水办、市经委牵头)耕地保有量保持在…面积。 / (市国土房管局牵头)…: the sentence the paragraph
				// before ends with, which no annotation closed, is the measure this one closes
				String all = before.text();
				int to = all.stripTrailing().length();
				this.measures.add(new ExtractedMeasure(this.measures.size() + 1, path(), null, all.substring(tail, to),
						before.lineAt(tail), end, a.raw(), a.form(), withSectionLeads(a.reading().mentions()),
						a.reading().openList(), List.of(), LineMap.of(before, tail, to)));
				return true;
			}
			// the paragraph before is a measure of its own: it takes the bodies, if it names none or names them
			// only in prose (…由市工商联负责收集… / 责任单位：市工商联、…)
			boolean named = last.mentions().stream().anyMatch(x -> !x.form().equals(SECTION_LEAD_FORM));
			if (named && !Forms.isProse(last.form()) || !beforeText.endsWith(last.text())) {
				return false;
			}
			this.measures.set(this.measures.size() - 1,
					new ExtractedMeasure(last.ordinal(), last.path(), last.title(), last.text(), last.lineStart(), end,
							a.raw(), a.form(), closing(a.reading().mentions(), last.mentions()), a.reading().openList(),
							List.of(), last.lines()));
			coverSiblings(a);
			return true;
		}
		if (Headings.marker(beforeText) != null && sectionOf(before)) {
			// 4.实施数字化改造。 was only a heading: heading and annotation make the measure
			int from = before.text().indexOf(beforeText);
			this.measures.add(new ExtractedMeasure(this.measures.size() + 1, path(), this.stack.peek().title(),
					beforeText, before.firstLine(), end, a.raw(), a.form(), withSectionLeads(a.reading().mentions()),
					a.reading().openList(), List.of(), LineMap.of(before, from, from + beforeText.length())));
			coverSiblings(a);
			return true;
		}
		if (field && Headings.marker(beforeText) == null && !beforeText.isEmpty()
				&& (last == null || last.lineStart() < before.firstLine()) && beforeText.length() <= SHORT_MEASURE
				&& Chars.isSentenceEnd(beforeText.charAt(beforeText.length() - 1))) {
			// 全面加强审计工作。 / 协同单位：…: a sentence too short to stand as a measure alone, and its field
			int from = before.text().indexOf(beforeText);
			this.measures.add(new ExtractedMeasure(this.measures.size() + 1, path(), null, beforeText, before.firstLine(),
					end, a.raw(), a.form(), withSectionLeads(a.reading().mentions()), a.reading().openList(), List.of(),
					LineMap.of(before, from, from + beforeText.length())));
			return true;
		}
		return false;
	}

	/**
	 * {@return the leads a heading's title closes with, or none} The heading is a title, not a sentence (no
	 * sentence end before the bracket), the bracket ends it, and every body it names is a lead:
	 * {@code 一、扩大有效投资政策（由县发改局牵头实施）}, {@code 一、擴大有效投資政策 / (由市發改委牽頭實施)} (the bracket on
	 * the next line joins the heading). A heading sentence with a bracket ({@code （二）大力实施开发式扶贫。（X牵头）})
	 * annotates the heading itself, a unit of its own.
	 */
	private static List<String> closingLeads(String rest) {
		// most headings are measures with their text and bracket: a title stops at its bracket, before any full stop
		int open = -1;
		for (int i = 0; i < rest.length() && i <= MAX_TITLE + 4; i++) {
			char c = rest.charAt(i);
			if (Chars.isSentenceEnd(c)) {
				return List.of();
			}
			if (Chars.isOpenBracket(c)) {
				open = i;
				break;
			}
		}
		if (open < 0) {
			return List.of();
		}
		List<Annotation> found = Annotations.find(rest);
		if (found.size() != 1) {
			return List.of();
		}
		Annotation a = found.get(0);
		String title = rest.substring(0, a.start()).strip();
		if (title.isEmpty() || title.length() > MAX_TITLE || !rest.substring(a.end()).isBlank()) {
			return List.of();
		}
		for (int i = 0; i < title.length(); i++) {
			if (Chars.isSentenceEnd(title.charAt(i))) {
				return List.of();
			}
		}
		List<Mention> mentions = a.reading().mentions();
		if (mentions.isEmpty() || mentions.stream().anyMatch(x -> x.role() != Role.LEAD)) {
			return List.of();
		}
		return mentions.stream().map(Mention::surface).toList();
	}

	/**
	 * A paragraph that is one bracket of leads alone, right under a heading that is a title and opened the
	 * innermost section, names that section's leads as if the bracket closed the heading. {@return whether it did}
	 */
	private boolean leadLineUnderHeading(Text p, List<Annotation> annotations) {
		String text = p.text();
		Text before = this.lastParagraph;
		if (annotations.size() != 1 || before == null || this.stack.isEmpty() || !sectionOf(before)
				|| !this.stack.peek().leads().isEmpty()) {
			return false;
		}
		Annotation a = annotations.get(0);
		if (!text.substring(0, a.start()).isBlank() || !text.substring(a.end()).isBlank()) {
			return false;
		}
		String heading = before.text().strip();
		Headings.Marker marker = Headings.marker(heading);
		ExtractedMeasure last = this.measures.isEmpty() ? null : this.measures.get(this.measures.size() - 1);
		if (marker == null || last != null && last.lineStart() >= before.firstLine()) {
			return false;
		}
		String title = heading.substring(marker.end());
		List<String> leads = closingLeads(title + a.raw());
		if (leads.isEmpty()) {
			return false;
		}
		Open top = this.stack.pop();
		// with no measure under it, heading and bracket make one measure, as a heading sentence and its field do
		int from = before.text().indexOf(heading);
		int end = p.lineAt(Math.max(a.start(), a.end() - 1));
		Runnable unit = () -> this.measures.add(new ExtractedMeasure(this.measures.size() + 1, path(), top.title(), heading,
				before.firstLine(), end, a.raw(), a.form(), withSectionLeads(a.reading().mentions()), a.reading().openList(),
				List.of(), LineMap.of(before, from, from + heading.length())));
		this.stack.push(top.withLeads(leads, this.measures.size(), unit));
		return true;
	}

	/**
	 * Closes the innermost section. A heading whose bracket named the section's leads, with no measure under it,
	 * was a measure written as a title: it is added now.
	 */
	private void closeSection() {
		Open top = this.stack.peek();
		if (top.unitIfEmpty() != null && this.measures.size() == top.measuresAtOpen()) {
			top.unitIfEmpty().run();
		}
		this.stack.pop();
		this.path = null;
	}

	/** The longest heading title a closing bracket of leads may follow. */
	private static final int MAX_TITLE = 30;

	/** {@return the bodies a heading names as leading its section's tasks, or none} */
	/**
	 * {@return the bodies a heading names and nothing else ({@code （一）区卫生计生委}, {@code （二）市民政局、市财政局}): a
	 * list of duties numbered under it is theirs; none when the heading says anything more}
	 */
	private static List<String> headingBodies(String rest) {
		String r = rest.strip();
		if (r.isEmpty() || r.length() > MAX_HEADING_BODIES || !HEADING_BODIES.matcher(r).matches()) {
			return List.of();
		}
		return sectionLeads(r);
	}

	/**
	 * {@return the bodies a duty belongs to when it names none of its own: a paragraph that opens with 负责 under a
	 * heading naming a body's duties ({@code （一）市减灾委职责}), or an item numbered right under a heading that names
	 * its body ({@code 职责} or the bodies alone), whatever its verb ({@code 1.负责…}, {@code 2.统一组织实施…})}
	 */
	private List<String> dutyCarriers(String text, Headings.Marker marker) {
		if (marker == null) {
			return text.startsWith("负责") && !this.stack.isEmpty() ? this.stack.peek().carriers() : List.of();
		}
		if (this.stack.size() < 2 || !substantive(text.substring(marker.end()))) {
			return List.of();
		}
		Open item = this.stack.peek();
		Open parent = this.stack.stream().skip(1).findFirst().orElseThrow();
		return item.carriers().isEmpty() && item.leads().isEmpty() && parent.kind().rank < item.kind().rank
				? parent.carriers() : List.of();
	}

	private static List<String> sectionLeads(String subject) {
		AgencyLists.Parsed parsed = Subjects.bodies(subject);
		return parsed == null ? List.of() : parsed.surfaces();
	}

	/** {@return the leads of the innermost section that names them, or none} */
	private List<String> sectionLeads() {
		for (Open o : this.stack) {
			if (!o.leads().isEmpty()) {
				return o.leads();
			}
		}
		return List.of();
	}

	/**
	 * One annotation after a group of sub-items ({@code 1.…} {@code 2.…} then {@code （责任单位：…）}) covers each of
	 * them: the bodies go back to the sibling items right before the one it closed, as long as they name none. An
	 * item that names bodies in any of its paragraphs ends the group, its later paragraphs included (1.…（责任单位：X）
	 * / 此项工作已完成… / 2.… / （责任单位：Y）: the progress paragraph under item 1 is not item 2's sibling).
	 */
	private void coverSiblings(Annotation a) {
		ExtractedMeasure closed = this.measures.get(this.measures.size() - 1);
		String parent = parent(closed.path());
		if (parent == null || !SUB_ITEM.matcher(closed.path().substring(parent.length() + 1)).matches()) {
			return;
		}
		List<Integer> cover = new ArrayList<>();
		List<Integer> item = new ArrayList<>();
		String itemPath = null;
		for (int i = this.measures.size() - 2, n = 0; i >= 0 && n < MAX_SIBLINGS; i--, n++) {
			ExtractedMeasure m = this.measures.get(i);
			if (!parent.equals(parent(m.path())) || m.path().equals(closed.path())
					|| !SUB_ITEM.matcher(m.path().substring(parent.length() + 1)).matches()) {
				break;
			}
			if (!m.path().equals(itemPath)) {
				cover.addAll(item);
				item.clear();
				itemPath = m.path();
			}
			if (m.mentions().stream().anyMatch(x -> !x.form().equals(SECTION_LEAD_FORM))) {
				item.clear();
				break;
			}
			item.add(i);
		}
		cover.addAll(item);
		for (int i : cover) {
			ExtractedMeasure m = this.measures.get(i);
			this.measures.set(i, new ExtractedMeasure(m.ordinal(), m.path(), m.title(), m.text(), m.lineStart(),
					m.lineEnd(), a.raw(), a.form(), closing(a.reading().mentions(), m.mentions()), a.reading().openList(),
					List.of(), m.lines()));
		}
	}

	/**
	 * The bodies of an annotation that closes a measure read before it, with those the measure had: its prose
	 * bodies, and its section's leads only while the annotation names no lead, as when both stand in one
	 * paragraph ({@link #withSectionLeads}): 第一部分 通州区政府主责任务 / 1.北运河水质…。 / 牵头单位：区水务局.
	 */
	private static List<Mention> closing(List<Mention> annotated, List<Mention> before) {
		List<Mention> section = before.stream().filter(x -> x.form().equals(SECTION_LEAD_FORM)).toList();
		List<Mention> out = withProse(annotated,
				before.stream().filter(x -> !x.form().equals(SECTION_LEAD_FORM)).toList());
		if (section.isEmpty() || out.stream().anyMatch(x -> x.role() == Role.LEAD)) {
			return out;
		}
		List<Mention> led = new ArrayList<>(section);
		for (Mention x : out) {
			if (led.stream().noneMatch(y -> y.surface().equals(x.surface()))) {
				led.add(new Mention(x.surface(), x.role(), led.size() + 1, x.roleWord(), x.form()));
			}
		}
		return led;
	}

	/**
	 * {@return where the paragraph {@code before} ends with a sentence after the last annotation of its last
	 * measure {@code last}, which no annotation closed, or -1}
	 */
	private static int unannotatedTail(Text before, ExtractedMeasure last) {
		String all = before.text();
		int at = last.raw().isEmpty() ? -1 : all.lastIndexOf(last.raw());
		if (at < 0) {
			return -1;
		}
		int from = skipLeadingPunct(all, at + last.raw().length(), all.length());
		String tail = all.substring(from).strip();
		return substantive(tail) && Chars.isSentenceEnd(tail.charAt(tail.length() - 1)) && Headings.marker(tail) == null
				? from : -1;
	}

	private void applyAbove(Rules.Above above) {
		for (int i = this.measures.size() - 1, n = 0; i >= 0 && n < above.count(); i--, n++) {
			ExtractedMeasure m = this.measures.get(i);
			List<Mention> mentions = new ArrayList<>();
			boolean hasLead = m.mentions().stream().anyMatch(x -> x.role() == Role.LEAD);
			for (String surface : above.bodies()) {
				Role role = above.lead() && !hasLead ? Role.LEAD : Role.RESPONSIBLE;
				mentions.add(new Mention(surface, role, mentions.size() + 1, above.lead() ? "统筹" : "负责", Rules.ABOVE_GROUP));
			}
			for (Mention x : m.mentions()) {
				if (mentions.stream().noneMatch(y -> y.surface().equals(x.surface()))) {
					mentions.add(new Mention(x.surface(), x.role() == Role.LEAD && above.lead() && !hasLead ? Role.RESPONSIBLE
							: x.role(), mentions.size() + 1, x.roleWord(), x.form()));
				}
			}
			this.measures.set(i, new ExtractedMeasure(m.ordinal(), m.path(), m.title(), m.text(), m.lineStart(),
					m.lineEnd(), m.raw(), m.form().isEmpty() ? Rules.ABOVE_GROUP : m.form(), mentions, m.openList(), List.of(),
					m.lines()));
		}
	}

	/**
	 * Gives the bodies of a rule for the list right above ({@code 以上任务由X牵头，Y配合。}) to each item of that list:
	 * the innermost open section and the sections before it numbered under the same parent, back to the first
	 * other one. An item's measures take the bodies (a lead of the rule shares an item that names a lead of its
	 * own); an item that is a heading only becomes a measure with them. {@return whether there was such a list}
	 */
	private boolean applyToList(Reading rule, Text p) {
		String current = path();
		if (current.isEmpty() || this.sections.isEmpty()) {
			return false;
		}
		String parent = parent(current);
		List<Integer> items = new ArrayList<>();
		Set<String> seen = new LinkedHashSet<>();
		for (int i = this.sections.size() - 1; i >= 0; i--) {
			if (this.sections.size() - i > MAX_LIST_SECTIONS) {
				return false;
			}
			String at = this.sections.get(i).path();
			if (java.util.Objects.equals(parent(at), parent) && seen.add(at)) {
				items.add(0, i);
				continue;
			}
			if (seen.stream().anyMatch(x -> at.startsWith(x + "/"))) {
				continue;
			}
			break;
		}
		if (items.isEmpty() || !this.sections.get(items.get(items.size() - 1)).path().equals(current)) {
			return false;
		}
		int firstLine = this.sections.get(items.get(0)).lineStart();
		int k = this.measures.size();
		while (k > 0 && this.measures.get(k - 1).lineStart() >= firstLine) {
			k--;
		}
		final int from = k;
		if (this.positionalLeadFrom > from || this.inheritFrom.stream().anyMatch(x -> x > from)) {
			return false;
		}
		List<ExtractedMeasure> region = new ArrayList<>();
		for (int item : items) {
			String at = this.sections.get(item).path();
			List<ExtractedMeasure> own = this.measures.subList(from, this.measures.size()).stream()
				.filter(m -> m.path().equals(at) || m.path().startsWith(at + "/"))
				.toList();
			if (!own.isEmpty()) {
				for (ExtractedMeasure m : own) {
					region.add(new ExtractedMeasure(0, m.path(), m.title(), m.text(), m.lineStart(), m.lineEnd(), m.raw(),
							m.form().isEmpty() ? Rules.ABOVE_GROUP : m.form(), withRule(rule, m.mentions()),
							m.openList() || rule.openList(), List.of(), m.lines()));
				}
				continue;
			}
			Text heading = this.headings.get(item);
			String headingText = heading.text().strip();
			int start = heading.text().indexOf(headingText);
			region.add(new ExtractedMeasure(0, at, this.sections.get(item).title(), headingText, heading.firstLine(),
					heading.lastLine(), p.text().strip(), Rules.ABOVE_GROUP, withRule(rule, List.of()), rule.openList(),
					List.of(), LineMap.of(heading, start, start + headingText.length())));
		}
		if (region.size() < this.measures.size() - from) {
			// a measure of the region that no item holds: not a plain list
			return false;
		}
		while (this.measures.size() > from) {
			this.measures.remove(this.measures.size() - 1);
		}
		for (ExtractedMeasure m : region) {
			this.measures.add(new ExtractedMeasure(this.measures.size() + 1, m.path(), m.title(), m.text(), m.lineStart(),
					m.lineEnd(), m.raw(), m.form(), m.mentions(), m.openList(), List.of(), m.lines()));
		}
		this.fieldRun = -1;
		return true;
	}

	/** {@return a rule's bodies for the list above, then an item's own; the rule's lead shares an item with a lead} */
	private static List<Mention> withRule(Reading rule, List<Mention> own) {
		boolean hasLead = own.stream().anyMatch(x -> x.role() == Role.LEAD);
		List<Mention> out = new ArrayList<>();
		for (Mention x : rule.mentions()) {
			Role role = x.role() == Role.LEAD && hasLead ? Role.RESPONSIBLE : x.role();
			out.add(new Mention(x.surface(), role, out.size() + 1, x.roleWord(), Rules.ABOVE_GROUP));
		}
		for (Mention x : own) {
			if (out.stream().noneMatch(y -> y.surface().equals(x.surface()))) {
				out.add(new Mention(x.surface(), x.role(), out.size() + 1, x.roleWord(), x.form()));
			}
		}
		return out;
	}

	/** {@return the path of the section enclosing the item at {@code path}, or {@code null} at the top} */
	private static String parent(String path) {
		int slash = path.lastIndexOf('/');
		return slash < 0 ? null : path.substring(0, slash);
	}

	/** Whether the innermost open section is the one the paragraph {@code before} opened. */
	private boolean sectionOf(Text before) {
		return !this.stack.isEmpty() && this.sections.get(this.sections.size() - 1).lineStart() == before.firstLine();
	}

	/**
	 * Applies the document's rules (inherited defaults to the measures after the rule; a positional lead to
	 * its own and later ones) and sets every unit's flags.
	 */
	public void finish() {
		while (!this.stack.isEmpty()) {
			closeSection();
		}
		for (int i = 0; i < this.measures.size(); i++) {
			ExtractedMeasure m = this.measures.get(i);
			if (!m.hasResponsibility()) {
				continue;
			}
			List<Mention> mentions = new ArrayList<>(m.mentions());
			// the rule orders the bodies a task lists: a body named alone is listed first too (unless the rule is for
			// tasks of several bodies only); a sentence of prose is no list
			if (this.positionalLeadFrom >= 0 && i >= this.positionalLeadFrom && !Forms.isProse(m.form())
					&& mentions.stream().filter(x -> x.role() == Role.RESPONSIBLE).count() >= (this.positionalSeveralOnly ? 2 : 1)) {
				AnnotationContent.firstLeads(mentions);
			}
			for (int r = 0; r < this.inheritRules.size(); r++) {
				Rules.Default rule = this.inheritRules.get(r);
				// 明确牵头部门的，其他有关部门配合: a rule for the measures that name a lead
				boolean applies = !rule.leadOnly() || mentions.stream().anyMatch(x -> x.role() == Role.LEAD);
				if (i >= this.inheritFrom.get(r) && applies) {
					int position = 0;
					for (String surface : rule.bodies()) {
						mentions.add(new Mention(surface, Role.INHERITED, ++position, "以下…不再列出", Rules.INHERITED_DEFAULT));
					}
				}
			}
			this.measures.set(i, new ExtractedMeasure(m.ordinal(), m.path(), m.title(), m.text(), m.lineStart(),
					m.lineEnd(), m.raw(), m.form(), List.copyOf(mentions), m.openList(), flags(mentions, m.openList()),
					m.lines()));
		}
	}

	private static List<String> flags(List<Mention> mentions, boolean openList) {
		Set<Flag> out = new LinkedHashSet<>();
		for (Mention x : mentions) {
			if (Forms.isProse(x.form())) {
				out.add(Flag.PROSE_READING);
			}
			if (x.role() == Role.INHERITED) {
				out.add(Flag.RULE_APPLIED);
			}
			if (x.form().equals(SECTION_LEAD_FORM) || x.form().equals(Rules.ABOVE_GROUP)) {
				out.add(Flag.RULE_APPLIED);
			}
			if (x.form().equals(Rules.POSITIONAL_LEAD)) {
				out.add(Flag.RULE_APPLIED);
				out.add(Flag.POSITIONAL_LEAD);
			}
		}
		if (openList) {
			out.add(Flag.OPEN_LIST);
		}
		return out.stream().map(Flag::label).toList();
	}

	/**
	 * {@return an inherited-default rule written as a sentence of the running text rather than inside an
	 * annotation ({@code 以下各项任务均需各区县政府落实，不再一一列出。}), or {@code null}}
	 */
	private static List<String> sentenceRule(String paragraph, List<Annotation> annotations) {
		if (!paragraph.contains("以下") || !(paragraph.contains("列出") || paragraph.contains("列明") || paragraph.contains("列举"))) {
			return null;
		}
		int[] depth = Brackets.depths(paragraph);
		int at = paragraph.indexOf("以下");
		while (at >= 0) {
			// a rule is one short sentence: looking further would only make garbage input slow
			String window = paragraph.substring(at, Math.min(paragraph.length(), at + 200));
			if (depth[at] == 0 && !Annotations.inside(annotations, at)
					&& (window.contains("列出") || window.contains("列明") || window.contains("列举"))) {
				List<String> rule = Rules.inheritedDefault(window);
				if (rule != null && !rule.isEmpty()) {
					return rule;
				}
			}
			at = paragraph.indexOf("以下", at + 2);
		}
		return null;
	}

	/**
	 * {@return whether the running text states that the first-listed body leads ({@code 列第一位的为牵头单位。})
	 * outside any annotation} Such a note holds for the rest of the document; one in a bracket of its own
	 * ({@code 二、重点任务（各项任务责任单位中，列第一位的为牵头单位）}) counts too.
	 */
	private static boolean sentencePositional(String paragraph, List<Annotation> annotations) {
		if (!paragraph.contains("牵头")) {
			return false;
		}
		int at = Rules.positionalLeadAt(paragraph, 0);
		while (at >= 0) {
			if (!Annotations.inside(annotations, at)) {
				return true;
			}
			at = Rules.positionalLeadAt(paragraph, at + 1);
		}
		return false;
	}

	/** {@return the first sentence of a text when it is short enough to title it, or {@code null}} */
	private static Matcher titleSentence(String text) {
		int stop = 0;
		while (stop < text.length() && stop <= 41 && text.charAt(stop) != '。' && text.charAt(stop) != '.') {
			stop++;
		}
		if (stop == text.length() || stop > 41) {
			return null;
		}
		Matcher t = TITLE_SENTENCE.matcher(text);
		return t.lookingAt() ? t : null;
	}

	/** {@return the labels of the open sections, outermost first}: asked for every measure, built once per heading */
	private String path() {
		if (this.path == null) {
			List<String> labels = new ArrayList<>();
			this.stack.descendingIterator().forEachRemaining(o -> labels.add(o.label()));
			this.path = String.join("/", labels);
		}
		return this.path;
	}

	private static boolean substantive(String rest) {
		String r = rest.strip();
		return r.length() >= 12 && (r.indexOf('。') >= 0 || r.indexOf('.') >= 0 || r.indexOf('；') >= 0
				|| r.indexOf('，') >= 0 || r.indexOf(',') >= 0);
	}

	private static String stripAnnotations(String s) {
		List<Annotation> found = Annotations.find(s);
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
