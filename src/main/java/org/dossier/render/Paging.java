package org.dossier.render;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.function.ToIntFunction;

/** Splitting a long list into pages: which items go on which page, and the addresses of the pages. */
final class Paging {
    private Paging() {}

    /**
     * The items in order, cut into pages of at most {@code budget} weight each (a page holds at least one
     * item, however heavy). Always at least one page, empty when there are no items.
     */
    static <T> List<List<T>> split(List<T> items, ToIntFunction<T> weight, int budget) {
        List<List<T>> pages = new ArrayList<>();
        List<T> page = new ArrayList<>();
        int filled = 0;
        for (T item : items) {
            int w = Math.max(1, weight.applyAsInt(item));
            if (!page.isEmpty() && filled + w > budget) {
                pages.add(List.copyOf(page));
                page = new ArrayList<>();
                filled = 0;
            }
            page.add(item);
            filled += w;
        }
        pages.add(List.copyOf(page));
        return pages;
    }

    /** The items in order, at most {@code perPage} on a page; at least one page. */
    static <T> List<List<T>> split(List<T> items, int perPage) {
        return split(items, item -> 1, perPage);
    }

    /** Items {@code from page} of a list cut into pages of {@code perPage}; empty past its end. */
    static <T> List<T> slice(List<T> items, int page, int perPage) {
        int from = (page - 1) * perPage;
        if (from >= items.size()) return List.of();
        return List.copyOf(items.subList(from, Math.min(items.size(), from + perPage)));
    }

    /** How many pages of {@code perPage} hold {@code size} items; at least one. */
    static int pageCount(int size, int perPage) {
        return Math.max(1, (size + perPage - 1) / perPage);
    }

    /** The addresses of {@code count} pages whose first lives at {@code first}. */
    static List<String> urls(String first, int count) {
        IntFunction<String> url = n -> SiteLinks.numbered(first, n);
        List<String> urls = new ArrayList<>(count);
        for (int n = 1; n <= count; n++) urls.add(url.apply(n));
        return urls;
    }
}
