package io.policygraph.ingest.grammar;

/**
 * One written form of responsibility stated in running text ({@code 由X牵头，会同Y…}, {@code X负责…}).
 * {@link Forms#STATEMENTS} tries them in order on a clause; the first that answers decides.
 */
interface StatementForm {

	/** {@return the form's name, as recorded on every fact it produces} */
	String name();

	/** {@return the bodies the clause names in this form, with its partners, or {@code null} when it is not of this form} */
	Reading tryRead(String clause);

}
