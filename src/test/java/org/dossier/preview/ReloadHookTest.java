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
    void letsTheScriptConnectUnderThePagesPolicyAndLoosensNothingElse() {
        String page = "<html><head><meta charset=\"utf-8\">\n<meta http-equiv=\"Content-Security-Policy\" "
                + "content=\"default-src 'none'; script-src 'self'\"></head><body></body></html>";
        String sent = new String(ReloadHook.inject(page.getBytes(StandardCharsets.UTF_8), "index.html", "s", 1), StandardCharsets.UTF_8);
        assertTrue(sent.contains("content=\"connect-src 'self'; default-src 'none'; script-src 'self'\""), sent);

        String without = "<html><head><meta charset=\"utf-8\"></head><body><p>connect-src</p></body></html>";
        String plain = new String(ReloadHook.allowEvents(without.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
        assertEquals(without, plain, "a page without a policy is left as it is");
    }
}
