package io.policygraph.api;

import java.util.List;

/**
 * Page parameters, checked, and the page envelope every list answers with.
 */
record Paging(int page, int size) {

	static final int MAX_SIZE = 200;

	Paging {
		if (page < 0) {
			throw new IllegalArgumentException("page must be 0 or more, was " + page);
		}
		if (size < 1 || size > MAX_SIZE) {
			throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE + ", was " + size);
		}
	}

	long skip() {
		return (long) this.page * this.size;
	}

	<T> Page<T> envelope(List<T> items, long total) {
		return new Page<>(this.page, this.size, total, items);
	}

}
