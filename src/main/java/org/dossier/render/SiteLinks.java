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
    public static final String SEARCH = "search.html";
    public static final String STYLESHEET = "assets/style.css";
    public static final String DOSSIER_JSON = "data/dossier.json";
    public static final String TIMELINE_JSON = "data/timeline.json";

    private SiteLinks() {}

    public static String article(String articleId) {
        return "articles/" + articleId + ".html";
    }

    public static String entity(String entityId) {
        return "entities/" + entityId + ".html";
    }

    /** The way from a page back to the site root: "" for a top-level page, "../" one folder down. */
    public static String root(String pagePath) {
        int depth = (int) pagePath.chars().filter(c -> c == '/').count();
        return "../".repeat(depth);
    }
}
