package org.dossier.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a page stands in a list that is split into pages: its number, the links to the pages before and
 * after it ({@code rel=prev/next}), and a link to every page of the list. Urls are relative to the site
 * root, like every url a template gets; empty when there is no such page.
 *
 * @param label what the page holds when pages are named (the timeline's "1987", "March 1987"), else empty
 */
public record Pager(int number, int count, String label, String previous, String next, List<PageLink> pages) {
    /** One page of the list, as the pager links it. */
    public record PageLink(int number, String label, String url, boolean current) {}

    public Pager {
        if (number < 1 || number > count) throw new IllegalArgumentException("page " + number + " of " + count);
        pages = List.copyOf(pages);
    }

    /** The pager of a list that fits on one page: templates show no navigation for it. */
    public static Pager single(String url) {
        return of(1, List.of(url), List.of(""));
    }

    /** The pager of page {@code number} (from 1) of the pages at {@code urls}, named by {@code labels}. */
    public static Pager of(int number, List<String> urls, List<String> labels) {
        if (urls.size() != labels.size()) throw new IllegalArgumentException("one label per page");
        List<PageLink> links = new ArrayList<>(urls.size());
        for (int i = 0; i < urls.size(); i++) links.add(new PageLink(i + 1, labels.get(i), urls.get(i), i + 1 == number));
        return new Pager(number, urls.size(), labels.get(number - 1),
                number > 1 ? urls.get(number - 2) : "", number < urls.size() ? urls.get(number) : "", links);
    }

    /** The pager of page {@code number} of a list whose pages are numbered, not named. */
    public static Pager numbered(int number, List<String> urls) {
        List<String> labels = new ArrayList<>(urls.size());
        for (int i = 1; i <= urls.size(); i++) labels.add(Integer.toString(i));
        return of(number, urls, labels);
    }
}
