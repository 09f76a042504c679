package io.policygraph.ingest.grammar;

/**
 * One written form of a bracket that annotates a measure. {@link Forms#BRACKETS} tries them in order; the
 * first that answers decides.
 */
interface BracketForm {

	/** The answer of a form that recognises the bracket as its own but finds it names no body. */
	Annotation NOT_AN_ANNOTATION = new Annotation(0, 0, "", new Reading(java.util.List.of(), false), Rules.Default.NONE,
			false, "");

	/** {@return the form's name, as recorded on every fact it produces} */
	String name();

	/**
	 * Reads the bracket {@code text[start, end)}.
	 * @param text the paragraph
	 * @param start index of the opening bracket
	 * @param end index just after the closing bracket
	 * @param content what the brackets enclose, stripped
	 * @return the annotation; {@link #NOT_AN_ANNOTATION} when the bracket is of this form but names no
	 * body (no later form is tried); {@code null} when the bracket is not of this form
	 */
	Annotation tryRead(String text, int start, int end, String content);

}
