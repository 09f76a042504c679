package io.policygraph.load;

import java.util.List;

/**
 * Published after documents were deleted and the deletion committed, so that what hangs on them (reviewers'
 * corrections, ADR 0013) can say they lost their anchor. Listeners run on the deleting thread.
 *
 * @param ids ids of the deleted documents
 */
public record DocumentsDeleted(List<String> ids) {

	public DocumentsDeleted {
		ids = List.copyOf(ids);
	}

}
