package io.policygraph.ingest.grammar;

/**
 * An annotation found in a paragraph: a bracket, a keyworded list or a field that names the bodies of the
 * measure before it.
 *
 * @param start index of its first character (the opening bracket, or the keyword when that is missing)
 * @param end index just after its last character
 * @param raw its text as written
 * @param reading the bodies it names, lead and responsible, each stamped with its form
 * @param inheritRule the bodies a default rule in it gives, and to which measures ({@link Rules.Default#NONE} for none)
 * @param positionalLead whether it states that the first-listed body leads from here on (下同)
 * @param form the form that read it
 */
record Annotation(int start, int end, String raw, Reading reading, Rules.Default inheritRule, boolean positionalLead,
		String form) {
}
