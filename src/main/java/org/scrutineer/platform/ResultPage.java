package org.scrutineer.platform;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a longer list.
 *
 * @param items the rows on this page
 * @param page the page number, from 1
 * @param size the most rows a page holds
 * @param total how many rows there are in all
 */
public record ResultPage<T>(List<T> items, int page, int size, long total) {

    public ResultPage {
        items = List.copyOf(items);
    }

    /** How many pages there are (at least one). */
    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages();
    }

    /** The same page with each row turned into something else. */
    public <R> ResultPage<R> map(Function<T, R> mapper) {
        return new ResultPage<>(items.stream().map(mapper).toList(), page, size, total);
    }

    /** A page number within 1..10,000 and a size within 1..max. */
    public static int[] clamp(Integer page, Integer size, int defaultSize, int maxSize) {
        int p = page == null ? 1 : Math.min(Math.max(page, 1), 10_000);
        int s = size == null ? defaultSize : Math.min(Math.max(size, 1), maxSize);
        return new int[] {p, s};
    }
}
