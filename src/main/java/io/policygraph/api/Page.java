package io.policygraph.api;

import java.util.List;

/**
 * One page of a list answer.
 *
 * @param page page number, from 0
 * @param size largest number of items on a page
 * @param total number of distinct items over all pages
 * @param items the items of this page
 */
record Page<T>(int page, int size, long total, List<T> items) {
}
