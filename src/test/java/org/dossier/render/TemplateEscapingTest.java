package org.dossier.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No template can print a seed's markup unescaped by accident: not inside {@code {% cache %}} (Pebble
 * 4.0.0's cache tag hid its body from the autoescaper), not with {@code | raw} on a plain value, not in
 * an {@code autoescape false} block.
 */
class TemplateEscapingTest {
    private static final String HOSTILE = "<img src=x onerror=alert(1)>";
    private static final String ESCAPED = "&lt;img src=x onerror=alert(1)&gt;";

    @TempDir
    Path dir;

    private String render(String template, Map<String, Object> context) throws IOException, RenderException {
        Files.writeString(dir.resolve("page.peb"), template);
        Templates templates = new Templates(dir);
        String html = templates.render("page", context);
        templates.endRender();
        return html;
    }

    @Test
    void escapesValuesInsideACacheBlock() throws Exception {
        String html = render("{% cache fragment(item) %}<p>{{ item }}</p>{% endcache %}", Map.of("path", "a.html", "item", HOSTILE));
        assertEquals("<p>" + ESCAPED + "</p>", html);
    }

    @Test
    void escapesValuesInsideACacheBlockOfAnIncludedTemplate() throws Exception {
        Files.writeString(dir.resolve("_item.peb"), "<b>{{ item }}</b>");
        String html = render("{% cache fragment(item) %}{% include \"_item\" %}{% endcache %}", Map.of("path", "a.html", "item", HOSTILE));
        assertEquals("<b>" + ESCAPED + "</b>", html);
    }

    @Test
    void cachedBlockIsReusedAndStaysEscaped() throws Exception {
        Files.writeString(dir.resolve("page.peb"), "{% cache fragment(item) %}{{ item }}{% endcache %}");
        Templates templates = new Templates(dir);
        Object item = new Object() {
            @Override
            public String toString() {
                return HOSTILE;
            }
        };
        for (int render = 0; render < 2; render++) {
            assertEquals(ESCAPED, templates.render("page", Map.of("path", "a.html", "item", item)));
            templates.endRender();
        }
    }

    @Test
    void rawPrintsSanitisedHtml() throws Exception {
        String html = render("{{ block | raw }}", Map.of("block", new SafeHtml("<em>kept</em>")));
        assertEquals("<em>kept</em>", html);
    }

    @Test
    void rawRefusesAPlainValueWithTheTemplateLine() throws Exception {
        RenderException e = assertThrows(RenderException.class,
                () -> render("<p>\n{{ title | raw }}</p>", Map.of("title", HOSTILE)));
        String message = e.diagnostic().toString();
        assertTrue(message.contains("page.peb:2"), message);
        assertTrue(message.contains("'raw' prints only HTML that Dossier sanitised"), message);
    }

    @Test
    void rawInAFilterBlockIsRefusedToo() {
        assertThrows(RenderException.class, () -> render("{% filter raw %}{{ title }}{% endfilter %}", Map.of("title", HOSTILE)));
    }

    @Test
    void autoescapeFalseIsRefused() {
        RenderException e = assertThrows(RenderException.class,
                () -> render("{% autoescape false %}{{ title }}{% endautoescape %}", Map.of("title", HOSTILE)));
        assertTrue(e.diagnostic().toString().contains("autoescape false"), e.diagnostic().toString());
    }

    @Test
    void safeHtmlPrintedWithoutRawIsEscaped() throws Exception {
        assertEquals("&lt;em&gt;x&lt;/em&gt;", render("{{ block }}", Map.of("block", new SafeHtml("<em>x</em>"))));
    }
}
