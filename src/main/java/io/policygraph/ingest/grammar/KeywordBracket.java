package io.policygraph.ingest.grammar;

import io.policygraph.ingest.lexicon.RoleWords;
import io.policygraph.ingest.text.Brackets;

/** {@code （牵头单位：市生态环境局；责任单位：市工业和信息化局、市发展改革委）}: role keywords with their lists. */
final class KeywordBracket implements BracketForm {

	@Override
	public String name() {
		return "keyword-bracket";
	}

	@Override
	public Annotation tryRead(String text, int start, int end, String content) {
		if (!keywordAtTop(content)) {
			return null;
		}
		return AnnotationContent.read(text, start, end, content, name());
	}

	/** A keyword inside a name's own bracket ({@code 市委组织部（责任单位：…）}) does not make the outer one. */
	private static boolean keywordAtTop(String content) {
		int[] depth = null;
		for (RoleWords.Keyword k = RoleWords.nextKeyword(content, 0); k != null; k = RoleWords.nextKeyword(content, k.end())) {
			if (depth == null) {
				depth = Brackets.depths(content);
			}
			if (depth[k.start()] == 0) {
				return true;
			}
		}
		return false;
	}

}
