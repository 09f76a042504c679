package io.policygraph.ingest;

/**
 * How a body is tied to a measure.
 */
public enum Role {

	/** The text makes it lead: 牵头单位, 牵头部门, X牵头, 列第一位的为牵头单位. */
	LEAD,

	/** Named to carry the measure: 责任单位, 配合单位, 协办单位, 会同Y, a bare list. */
	RESPONSIBLE,

	/** Applies by a default rule stated earlier in the document (以下…均需…落实，不再列出). */
	INHERITED

}
