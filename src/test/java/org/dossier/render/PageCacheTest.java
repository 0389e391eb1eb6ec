package org.dossier.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dossier.ingest.Ingester;
import org.dossier.model.Article;
import org.dossier.model.Dossier;
import org.junit.jupiter.api.Test;

class PageCacheTest {
    private static final String A = "articles/000_612085df6fbf3f80.html";
    private static final String B = "articles/003_70f3edb694600a6b.html";

    private final Templates templates = new Templates(Path.of("templates"));
    private final List<Article> articles = new Ingester().ingest(Path.of("seeds"), n -> {}).articles();

    private static Map<String, byte[]> render(SiteRenderer renderer, Dossier dossier) throws RenderException {
        Map<String, byte[]> files = new TreeMap<>();
        renderer.render(dossier, files::put, n -> {});
        return files;
    }

    @Test
    void runsTemplatesOnlyForPagesWhoseViewsChanged() throws RenderException {
        SiteRenderer renderer = new SiteRenderer(templates, PageCache.remembering());
        Map<String, byte[]> first = render(renderer, Dossier.of(articles));

        List<Article> retitled = new ArrayList<>(articles);
        Article a = retitled.get(0);
        retitled.set(0, new Article(a.id(), a.source(), "Een nieuwe titel", a.date(), a.dateOrigin(), a.language(),
                a.outlet(), a.author(), a.originalUrl(), a.sections()));
        Map<String, byte[]> second = render(renderer, Dossier.of(retitled));

        assertSame(first.get(B), second.get(B), "the other article's page is the one rendered before");
        assertNotSame(first.get(A), second.get(A));
        assertTrue(new String(second.get(A), StandardCharsets.UTF_8).contains("Een nieuwe titel"));
        assertTrue(new String(second.get("index.html"), StandardCharsets.UTF_8).contains("Een nieuwe titel"),
                "the home page lists the new title");
    }

    @Test
    void givesTheSameBytesAsRenderingWithoutCache() throws RenderException {
        PageCache cache = PageCache.remembering();
        Dossier dossier = Dossier.of(articles);
        render(new SiteRenderer(templates, cache), dossier);
        Map<String, byte[]> cached = render(new SiteRenderer(templates, cache), dossier);
        Map<String, byte[]> fresh = render(new SiteRenderer(templates), dossier);

        assertEquals(fresh.keySet(), cached.keySet());
        fresh.forEach((path, bytes) -> assertArrayEquals(bytes, cached.get(path), path));
        assertEquals(3, cache.size(), "the home page and two article pages");
    }

    @Test
    void rendersEveryPageAgainAfterClear() throws RenderException {
        PageCache cache = PageCache.remembering();
        Dossier dossier = Dossier.of(articles);
        Map<String, byte[]> first = render(new SiteRenderer(templates, cache), dossier);
        cache.clear();
        Map<String, byte[]> second = render(new SiteRenderer(templates, cache), dossier);

        assertNotSame(first.get(A), second.get(A));
        assertArrayEquals(first.get(A), second.get(A));
    }

    @Test
    void aCacheWithoutMemoryKeepsNothing() throws RenderException {
        PageCache none = PageCache.none();
        Map<String, byte[]> first = render(new SiteRenderer(templates, none), Dossier.of(articles));
        Map<String, byte[]> second = render(new SiteRenderer(templates, none), Dossier.of(articles));

        assertNotSame(first.get(A), second.get(A));
        assertEquals(0, none.size());
        assertFalse(first.isEmpty());
    }
}
