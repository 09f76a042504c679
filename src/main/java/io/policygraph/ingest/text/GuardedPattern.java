package io.policygraph.ingest.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A regular expression with the characters its matches can begin with, which finds what
 * {@code pattern.matcher(text).find()} finds without trying the pattern at every position. {@code java.util.regex}
 * tries a pattern at each position of the text, and a character class of CJK characters is a chain of one test per
 * character, so an alternation of the lexicon's words (guarded by the class of their first characters) costs the
 * length of the text times the number of those characters. Here a plain loop skips to the positions where a match
 * can begin, and the pattern is tried only there, with the text around it visible to look-behinds and look-aheads.
 * A match found is the same match, groups included: the leftmost, as {@link Matcher#find()} answers it.
 */
public final class GuardedPattern {

	private final Pattern pattern;

	/** One bit per UTF-16 character. */
	private final long[] starts = new long[1024];

	/**
	 * @param pattern the pattern; it must not match the empty string, and every match must begin with one of
	 * {@code starts}
	 * @param starts the characters a match can begin with (a supplementary character by its high surrogate)
	 */
	public GuardedPattern(Pattern pattern, CharSequence starts) {
		if ((pattern.flags() & Pattern.CASE_INSENSITIVE) != 0 || pattern.matcher("").lookingAt()) {
			throw new IllegalArgumentException("A guarded pattern must match at least one character, case-sensitively: " + pattern);
		}
		this.pattern = pattern;
		for (int i = 0; i < starts.length(); i++) {
			char c = starts.charAt(i);
			this.starts[c >>> 6] |= 1L << c;
		}
	}

	public Pattern pattern() {
		return this.pattern;
	}

	/** {@return whether the pattern is found in {@code text}}, as {@code pattern.matcher(text).find()} */
	public boolean foundIn(CharSequence text) {
		return scan(text).find();
	}

	/** {@return the matches in {@code text}, found one by one with {@link Scan#find()}} */
	public Scan scan(CharSequence text) {
		return scan(text, 0);
	}

	/** {@return the matches in {@code text} from {@code from} on}, as {@code pattern.matcher(text).find(from)} and the finds after it */
	public Scan scan(CharSequence text, int from) {
		Scan s = new Scan(this.pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false), text);
		s.from = from;
		return s;
	}

	private int nextStart(CharSequence text, int from) {
		for (int i = from, n = text.length(); i < n; i++) {
			char c = text.charAt(i);
			if ((this.starts[c >>> 6] & (1L << c)) != 0) {
				return i;
			}
		}
		return -1;
	}

	/** The successive matches in one text, as a {@link Matcher}'s {@code find()} gives them. */
	public final class Scan {

		private final Matcher matcher;

		private final CharSequence text;

		private int from;

		private Scan(Matcher matcher, CharSequence text) {
			this.matcher = matcher;
			this.text = text;
		}

		/** {@return whether there is a further match}: the leftmost one after the previous match */
		public boolean find() {
			for (int i = nextStart(this.text, this.from); i >= 0; i = nextStart(this.text, i + 1)) {
				this.matcher.region(i, this.text.length());
				if (this.matcher.lookingAt()) {
					this.from = this.matcher.end();
					return true;
				}
			}
			this.from = this.text.length();
			return false;
		}

		/** {@return the current match}, with its groups; its positions are in the whole text */
		public Matcher match() {
			return this.matcher;
		}

		public int start() {
			return this.matcher.start();
		}

		public int end() {
			return this.matcher.end();
		}

		public String group(int group) {
			return this.matcher.group(group);
		}

	}

}
