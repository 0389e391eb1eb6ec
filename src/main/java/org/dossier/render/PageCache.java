package org.dossier.render;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Pages that an earlier render in this process made, so that the next render runs a template only for
 * pages whose variables changed. A page is taken from the cache when its path, its template name and its
 * variables (view records, compared by value) are all equal to last time; the caller must {@linkplain
 * #clear() clear} the cache when a template file changes. Holds one page per path; thread-safe.
 */
public final class PageCache {
    private record Entry(String template, Map<String, Object> context, byte[] bytes) {}

    /** Renders one page when the cache cannot give it. */
    @FunctionalInterface
    interface PageRenderer {
        byte[] render() throws RenderException;
    }

    private final boolean enabled;
    private final Map<String, Entry> pages = new ConcurrentHashMap<>();

    private PageCache(boolean enabled) {
        this.enabled = enabled;
    }

    /** A cache that remembers pages between renders. */
    public static PageCache remembering() {
        return new PageCache(true);
    }

    /** A cache that remembers nothing: every page is rendered, as a one-off build should. */
    public static PageCache none() {
        return new PageCache(false);
    }

    /** Forgets every page; call it when a template changed. */
    public void clear() {
        pages.clear();
    }

    /** The number of pages remembered. */
    public int size() {
        return pages.size();
    }

    /**
     * The page at {@code path} made from {@code template} and {@code context}. The context is kept for the
     * next comparison, so the caller must not change it afterwards.
     */
    byte[] page(String path, String template, Map<String, Object> context, PageRenderer renderer) throws RenderException {
        if (!enabled) return renderer.render();
        Objects.requireNonNull(path, "path must not be null");
        Entry entry = pages.get(path);
        if (entry != null && entry.template().equals(template) && entry.context().equals(context)) return entry.bytes();
        byte[] bytes = renderer.render();
        pages.put(path, new Entry(template, context, bytes));
        return bytes;
    }
}
