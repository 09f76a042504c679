package io.policygraph.ingest.grammar;

import java.util.ArrayList;
import java.util.List;

import io.policygraph.ingest.lexicon.RoleWords;
import io.policygraph.ingest.text.Brackets;
import io.policygraph.ingest.text.Chars;

/**
 * Finds the annotations of a paragraph. Every complete top-level bracket goes to the bracket forms
 * ({@link Forms#BRACKETS}, in their order); then three keyword forms that have no complete bracket:
 * <ol>
 * <li>{@value #UNOPENED}: {@code 责任单位：A、B）}, the opening bracket lost;</li>
 * <li>{@value #UNCLOSED}: {@code （责任单位：A、B。}, the closing bracket lost;</li>
 * <li>{@value #FIELD}: {@code 责任单位：A、B。} written as a sentence or a line of its own.</li>
 * </ol>
 * Annotations never overlap: where two would, the longer wins ({@code 责任单位：市委组织部（市委人才办）、…}).
 */
final class Annotations {

	static final String UNOPENED = "unopened";

	static final String UNCLOSED = "unclosed";

	static final String FIELD = "field";

	/**
	 * How far an annotation missing its closing bracket, or written as a sentence of its own, may reach
	 * when no sentence end stops it. Real lists of bodies stay far below this; the bound keeps garbage
	 * input (thousands of unclosed brackets, no 。) linear.
	 */
	static final int MAX_OPEN_SPAN = 400;

	private Annotations() {
	}

	static List<Annotation> find(String text) {
		List<Annotation> out = new ArrayList<>();
		Brackets.walk(text, new Brackets.Visitor() {

			private int cursor;

			@Override
			public void group(int open, int close) {
				add(bracketed(text, open, close + 1));
			}

			@Override
			public void unopened(int close) {
				add(Annotations.unopened(text, this.cursor, close));
			}

			@Override
			public void unclosed(int open) {
				add(Annotations.unclosed(text, open));
			}

			private void add(Annotation a) {
				if (a != null) {
					out.add(a);
					this.cursor = a.end();
				}
			}

		});
		fields(text, out);
		out.sort((a, b) -> Integer.compare(a.start(), b.start()));
		List<Annotation> kept = new ArrayList<>();
		for (Annotation a : out) {
			Annotation last = kept.isEmpty() ? null : kept.get(kept.size() - 1);
			if (last != null && a.start() < last.end()) {
				if (a.end() - a.start() > last.end() - last.start()) {
					kept.set(kept.size() - 1, a);
				}
				continue;
			}
			kept.add(a);
		}
		return kept;
	}

	/** {@return the annotation a complete bracket {@code text[start, end)} is, by the first form that answers} */
	static Annotation bracketed(String text, int start, int end) {
		String content = TimeNotes.withoutTrailing(text.substring(start + 1, end - 1).strip());
		if (content.isEmpty()) {
			return null;
		}
		for (BracketForm form : Forms.BRACKETS) {
			Annotation a = form.tryRead(text, start, end, content);
			if (a == BracketForm.NOT_AN_ANNOTATION) {
				return null;
			}
			if (a != null) {
				return a;
			}
		}
		return null;
	}

	private static Annotation unopened(String text, int from, int close) {
		// the keyword must lie wholly before the bracket that closes it, as a matcher bounded there finds it
		RoleWords.Keyword k = RoleWords.nextKeyword(text.substring(from, close), 0);
		if (k == null) {
			return null;
		}
		int keyword = from + k.start();
		if (text.substring(keyword, close).indexOf('。') >= 0) {
			return null;
		}
		return AnnotationContent.read(text, keyword, close + 1, text.substring(keyword, close), UNOPENED);
	}

	private static Annotation unclosed(String text, int open) {
		String rest = text.substring(open + 1);
		if (RoleWords.keywordAt(rest, 0) == null) {
			return null;
		}
		int stop = rest.indexOf('。');
		int end = Math.min(stop < 0 ? text.length() : open + 1 + stop, open + 1 + MAX_OPEN_SPAN);
		return AnnotationContent.read(text, open, end, text.substring(open + 1, end), UNCLOSED);
	}

	/**
	 * {@code 2、相关单位：A、B等。} or {@code 责任单位：A、B。} written as a sentence of its own. The annotations
	 * found so far are sorted by start and do not overlap, so whether a keyword lies inside one is answered by
	 * one moving index: the whole pass is linear in the paragraph.
	 */
	private static void fields(String text, List<Annotation> found) {
		RoleWords.Keyword m = RoleWords.nextKeyword(text, 0);
		if (m == null) {
			return;
		}
		int[] depth = null;
		int[] stops = null;
		List<Annotation> before = new ArrayList<>(found);
		before.sort((a, b) -> Integer.compare(a.start(), b.start()));
		int k = 0;
		int lastEnd = -1;
		for (; m != null; m = RoleWords.nextKeyword(text, m.end())) {
			if (depth == null) {
				depth = Brackets.depths(text);
				stops = sentenceStops(text, depth);
			}
			int at = m.start();
			while (k < before.size() && before.get(k).end() <= at) {
				k++;
			}
			boolean inside = (k < before.size() && before.get(k).start() <= at) || at < lastEnd;
			if (depth[at] != 0 || inside) {
				continue;
			}
			int stop = stops[at];
			if (stop < text.length() && Chars.isCloseBracket(text.charAt(stop))) {
				continue;
			}
			stop = Math.min(stop, at + MAX_OPEN_SPAN);
			Annotation a = AnnotationContent.read(text, at, stop, text.substring(at, stop), FIELD);
			if (!a.reading().mentions().isEmpty()) {
				found.add(a);
				lastEnd = a.end();
			}
		}
	}

	/**
	 * {@return for each index, where the sentence holding it stops: the next sentence end or closing
	 * bracket at depth 0, or the text's length} One backward pass, so looking it up is constant time.
	 */
	private static int[] sentenceStops(String text, int[] depth) {
		int[] out = new int[text.length() + 1];
		out[text.length()] = text.length();
		for (int i = text.length() - 1; i >= 0; i--) {
			char c = text.charAt(i);
			boolean stops = Chars.isSentenceEnd(c) || (Chars.isCloseBracket(c) && depth[i] == 0);
			out[i] = stops ? i : out[i + 1];
		}
		return out;
	}

	/** {@return whether {@code at} lies inside one of the annotations} */
	static boolean inside(List<Annotation> found, int at) {
		for (Annotation a : found) {
			if (at >= a.start() && at < a.end()) {
				return true;
			}
		}
		return false;
	}

}
