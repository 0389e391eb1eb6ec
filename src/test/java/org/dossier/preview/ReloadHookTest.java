package org.dossier.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReloadHookTest {
    private static String inject(String html, String page) {
        return new String(ReloadHook.inject(html.getBytes(StandardCharsets.UTF_8), page, "s1", 7), StandardCharsets.UTF_8);
    }

    @Test
    void addsTheScriptBeforeTheLastBodyEnd() {
        String page = inject("<html><body><p>é</p><pre>&lt;/body&gt;</pre></BODY>\n</html>\n", "index.html");
        assertEquals("<html><body><p>é</p><pre>&lt;/body&gt;</pre>" + ReloadHook.tag("index.html", "s1", 7) + "</BODY>\n</html>\n", page);
        assertTrue(page.contains("data-generation=\"7\""));
    }

    @Test
    void addsTheScriptAtTheEndOfAPageWithoutBody() {
        assertTrue(inject("<p>fragment</p>", "x.html").startsWith("<p>fragment</p><script src=\"/__dossier/live.js\""));
    }

    @Test
    void escapesThePageNameInTheAttribute() {
        String page = inject("<body></body>", "articles/\"><img src=x onerror=alert(1)>.html");
        assertFalse(page.contains("<img"));
        assertTrue(page.contains("data-page=\"articles/&quot;&gt;&lt;img src=x onerror=alert(1)&gt;.html\""));
    }

    @Test
    void aPageReloadsWhenItOrAnAssetChanged() {
        assertTrue(LiveReload.affects(Set.of("articles/a.html", "data/dossier.json"), "articles/a.html"));
        assertFalse(LiveReload.affects(Set.of("articles/a.html", "data/dossier.json"), "articles/b.html"));
        assertTrue(LiveReload.affects(Set.of("assets/style.css"), "articles/b.html"));
        assertFalse(LiveReload.affects(Set.of(), "index.html"));
    }

    @Test
    void theServedCopyAllowsTheEventsOfItsOwnServerOnly() {
        String page = inject("<html><head><meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src 'self'\">"
                + "</head><body><p>é</p></body></html>", "index.html");
        assertTrue(page.contains("content=\"default-src 'none'; connect-src 'self'; script-src 'self'\""), page);
        assertTrue(page.contains("<p>é</p>"), page);
    }
}
