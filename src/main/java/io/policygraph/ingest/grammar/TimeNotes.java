package io.policygraph.ingest.grammar;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.policygraph.ingest.lexicon.Lexicon;

/**
 * Notes of time that close a bracket after its bodies ({@code （市政府各部门分别负责，年内持续推进）}): they name no
 * body, so the bracket forms read the bracket without them.
 */
final class TimeNotes {

	private static final Pattern TRAILING = Pattern
		.compile("[，,；;]\\s*(?:\\d{4}年(?:\\d{1,2}月)?)?(?:" + Lexicon.anyOf("time-notes.txt") + ")\\s*$");

	private TimeNotes() {
	}

	/** {@return the bracket's content without the note of time that closes it, if one does} */
	static String withoutTrailing(String content) {
		Matcher m = TRAILING.matcher(content);
		return m.find() ? content.substring(0, m.start()).strip() : content;
	}

}
