package io.policygraph.ingest.grammar;

/**
 * A bracket written as prose: {@code （市科技局牵头，市工业和信息化局、市财政局配合）},
 * {@code （市统计局牵头，各有关部门按职责分工负责）}, {@code （市商务局会同市财政局负责）}. Every clause must take one of
 * the forms of {@link ProseClauses} and name only bodies; anything else is not an annotation.
 */
final class ProseBracket implements BracketForm {

	@Override
	public String name() {
		return "prose-bracket";
	}

	@Override
	public Annotation tryRead(String text, int start, int end, String content) {
		if (content.indexOf('。') >= 0 || !AnnotationContent.PROSE_VERB.matcher(content).find()) {
			return null;
		}
		Reading all = ProseClauses.all(content, 0);
		if (all == null) {
			return null;
		}
		return new Annotation(start, end, text.substring(start, end), all.stamped(name()), java.util.List.of(), false,
				name());
	}

}
