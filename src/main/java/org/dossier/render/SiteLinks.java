package org.dossier.render;

/**
 * Where each page lives in the site, relative to the site root. Every link in a page is made relative
 * to that page (through {@link #root(String)}), so the site works under any sub-path and from disk.
 */
public final class SiteLinks {
    public static final String HOME = "index.html";
    public static final String SHARED = "shared.html";
    public static final String ENTITIES = "entities.html";
    public static final String TIMELINE = "timeline.html";
    public static final String NETWORK = "network.html";
    public static final String DISCREPANCIES = "discrepancies.html";
    public static final String NETWORK_GEXF = "data/network.gexf";
    public static final String ENTITIES_CSV = "data/entities.csv";
    public static final String LINKS_CSV = "data/links.csv";
    public static final String SEARCH = "search.html";
    public static final String STYLESHEET = "assets/style.css";
    public static final String DOSSIER_JSON = "data/dossier.json";
    public static final String TIMELINE_JSON = "data/timeline.json";
    /** The page that explains the exports and links them. */
    public static final String DATA = "data.html";
    public static final String FEED = "feed.xml";
    public static final String SITEMAP = "sitemap.xml";

    private SiteLinks() {}

    public static String article(String articleId) {
        return "articles/" + articleId + ".html";
    }

    public static String entity(String entityId) {
        return "entities/" + entityId + ".html";
    }

    public static final String OUTLETS = "outlets.html";

    public static String outlet(String outletId) {
        return "outlets/" + outletId + ".html";
    }

    /**
     * Page {@code n} (from 1) of a list whose first page is {@code first}. Later pages live beside the first:
     * a top-level page gets {@code -N} ({@code shared-2.html}); a page in a folder of ids gets {@code .N}
     * ({@code entities/joe-biden.2.html}), as ids hold letters, digits and '-' but never '.', so page 2 of
     * one entity can never be the page of another whose id ends in {@code -2}.
     */
    public static String numbered(String first, int n) {
        if (n < 1) throw new IllegalArgumentException("pages are numbered from 1, not " + n);
        if (n == 1) return first;
        String stem = first.substring(0, first.length() - ".html".length());
        return stem + (first.contains("/") ? "." : "-") + n + ".html";
    }

    /** The way from a page back to the site root: "" for a top-level page, "../" one folder down. */
    public static String root(String pagePath) {
        int depth = (int) pagePath.chars().filter(c -> c == '/').count();
        return "../".repeat(depth);
    }
}
