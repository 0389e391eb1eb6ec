package org.dossier.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code t} and {@code date} in a template, over message files written for the test. */
class MessageFunctionTest {
    @TempDir
    Path dir;

    private Templates templates(String template, String messages) throws IOException {
        Files.writeString(dir.resolve("page.peb"), template);
        Files.createDirectories(dir.resolve("messages"));
        Files.writeString(dir.resolve("messages/nl.properties"), messages);
        return new Templates(dir, "nl");
    }

    @Test
    void writesWordsCountsAndDatesEscapedLikeAnyValue() throws Exception {
        Templates templates = templates("""
                {{ t("hello", name) }}|{{ t("count.cats", n) }}|{{ t("count.cats", 1) }}|{{ date(iso) }}|{{ date("2021") }}""", """
                hello=Dag <{0}>
                count.cats.one=1 kat
                count.cats.other={0} katten
                date.day={0} {1} {2}
                date.month={0} {1}
                date.year={0}
                month.6=juni
                """);
        Map<String, Object> context = new HashMap<>(Map.of("name", "Anna & co", "n", 4, "iso", "2021-06-09"));
        assertEquals("Dag &lt;Anna &amp; co&gt;|4 katten|1 kat|9 juni 2021|2021", templates.render("page", context));
    }

    @Test
    void aMissingKeyIsATemplateErrorNamingTheKeyTheFileAndTheLine() throws Exception {
        Templates templates = templates("line one\n{{ t(\"nav.nergens\") }}", "nav.ergens=Ergens\n");
        RenderException e = assertThrows(RenderException.class, () -> templates.render("page", new HashMap<>()));
        String message = e.diagnostic().toString();
        assertTrue(message.startsWith(dir.resolve("page.peb") + ":2:"), message);
        assertTrue(message.contains("'nav.nergens' is missing from " + dir.resolve("messages/nl.properties")), message);
    }

    @Test
    void aTemplatesFolderWithoutMessagesUsesTheBuiltInWords() throws Exception {
        Files.writeString(dir.resolve("page.peb"), "x");
        assertEquals("Tijdlijn", new Templates(dir, "nl").messages().text("timeline.title"));
    }

    @Test
    void aBrokenMessageFileOfTheUserStopsTheSiteWithItsPath() throws Exception {
        Files.createDirectories(dir.resolve("messages"));
        Files.write(dir.resolve("messages/en.properties"), new byte[] {'a', '=', (byte) 0xff, (byte) 0xfe});
        RenderException e = assertThrows(RenderException.class, () -> new Templates(dir, "en").messages());
        assertTrue(e.diagnostic().toString().startsWith(dir.resolve("messages/en.properties").toString()), e.diagnostic().toString());
        assertTrue(e.diagnostic().toString().contains("UTF-8"), e.diagnostic().toString());
    }
}
