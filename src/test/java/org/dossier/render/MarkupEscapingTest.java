package org.dossier.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.unbescape.html.HtmlEscape;

/** The site's escaping writes what Pebble's built-in {@code html} strategy (unbescape) wrote, byte for byte. */
class MarkupEscapingTest {
    private final MarkupEscaping escaping = new MarkupEscaping();

    @Test
    void escapesTheFiveMarkupCharactersAsReferences() {
        assertEquals("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;Tom &amp; Jerry&lt;/a&gt;",
                escaping.escape("<a href=\"x\" title='y'>Tom & Jerry</a>"));
    }

    @Test
    void leavesEverythingElseAsItIs() {
        String text = "Poetin zei: “Wij appreciëren het” — 50% © 2022 \u00a0 \t\n 🇺🇦 &amp already";
        assertEquals(text.replace("&", "&amp;"), escaping.escape(text));
        assertNull(escaping.escape(null));
    }

    @Test
    void agreesWithUnbescapeOnHostileAndRandomText() {
        List<String> inputs = new ArrayList<>(List.of("", "plain", "<script>alert('x')</script>", "\"onerror=\"",
                "&lt;&#39;&#x27;", "a\u0000b\u007f\u0080\u00ff\ud800\udc00\ud800", "</p><p>", "'\"'\"", "&&&<<>>"));
        Random random = new Random(14);
        String alphabet = "<>&\"'a é€\u00a0\n\u0000\ud83d\ude00\ud800=;#x";
        for (int n = 0; n < 2000; n++) {
            StringBuilder s = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            inputs.add(s.toString());
        }
        for (String input : inputs) assertEquals(HtmlEscape.escapeHtml4Xml(input), escaping.escape(input), input);
    }
}
