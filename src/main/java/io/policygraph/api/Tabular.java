package io.policygraph.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * An answer that is not a list itself but holds the list a planner wants as a table (a place's bodies, the
 * expiring documents, the workload ranking): {@link CsvMessageConverter} writes these rows.
 *
 * @param <T> the record of one row
 */
interface Tabular<T> {

	@JsonIgnore
	List<T> rows();

}
