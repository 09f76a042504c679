package io.policygraph.ingest.grammar;

/**
 * One written form of responsibility stated in running text ({@code 由X牵头，会同Y…}, {@code X负责…}).
 * {@link Forms#STATEMENTS} tries them in order on a clause; the first that answers decides.
 */
interface StatementForm {

	/** {@return the form's name, as recorded on every fact it produces} */
	String name();

	/**
	 * {@return whether the form needs a verb of responsibility (牵头, 负责, 会同 …) in the clause} The reader
	 * tries such forms only on clauses that hold one, which most clauses do not.
	 */
	default boolean needsVerb() {
		return true;
	}

	/** {@return whether the form needs a modal (要, 将, 应当, 须) in the clause}; the reader skips it on the rest */
	default boolean needsModal() {
		return false;
	}

	/** {@return the bodies the clause names in this form, with its partners, or {@code null} when it is not of this form} */
	Reading tryRead(String clause);

}
