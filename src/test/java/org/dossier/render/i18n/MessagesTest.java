package org.dossier.render.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.dossier.model.PartialDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The message files that ship with the templates, and how counts, dates and missing words are written. */
class MessagesTest {
    private static final Path TEMPLATES = Path.of("templates");

    @Test
    void dutchAndEnglishSayTheSameThings() throws IOException {
        Messages nl = Messages.load(TEMPLATES, "nl");
        Messages en = Messages.load(TEMPLATES, "en");
        assertEquals(en.keys(), nl.keys(), "every key in both files");
        assertTrue(nl.keys().size() > 100, "the site's words: " + nl.keys().size());
        for (String key : nl.keys()) {
            assertEquals(placeholders(en.text(key)), placeholders(nl.text(key)), key + " fills the same places in both");
        }
    }

    @Test
    void countsPickTheWordForOneOrForAnyOtherNumber() throws IOException {
        Messages nl = Messages.load(TEMPLATES, "nl");
        Messages en = Messages.load(TEMPLATES, "en");
        assertEquals("1 artikel", nl.count("count.articles", 1));
        assertEquals("2 artikelen", nl.count("count.articles", 2));
        assertEquals("0 artikelen", nl.count("count.articles", 0));
        assertEquals("1 passage of this article also stands in other articles, marked", en.count("article.shared", 1));
        assertEquals("3 passages of this article also stand in other articles, marked", en.count("article.shared", 3));
    }

    @Test
    void datesAreWrittenInTheLanguageAtTheirPrecision() throws IOException {
        Messages nl = Messages.load(TEMPLATES, "nl");
        Messages en = Messages.load(TEMPLATES, "en");
        assertEquals("2 januari 2022", nl.date(new PartialDate(2022, 1, 2)));
        assertEquals("januari 2022", nl.date(PartialDate.ofMonth(2022, 1)));
        assertEquals("2022", nl.date(PartialDate.ofYear(2022)));
        assertEquals("17 March 2024", en.date(new PartialDate(2024, 3, 17)));
        assertEquals("maart 2024", nl.date("2024-03").orElseThrow());
        assertEquals("1 mei 2024 – 3 mei 2024", nl.period(new PartialDate(2024, 5, 1), new PartialDate(2024, 5, 3)));
    }

    @Test
    void fillsNumberedPlacesAndLeavesApostrophesAndBracesAlone() {
        Messages words = new Messages("en", "x.properties", Map.of("k", "{1}'s {0} of {9} {x}"));
        assertEquals("Anna's 3 of {9} {x}", words.text("k", 3, "Anna"));
    }

    @Test
    void aMissingKeyNamesTheKeyAndTheFile() {
        Messages words = new Messages("nl", "templates/messages/nl.properties", Map.of());
        MissingMessageException e = assertThrows(MissingMessageException.class, () -> words.text("nav.nergens"));
        assertEquals("message 'nav.nergens' is missing from templates/messages/nl.properties; add a line 'nav.nergens=...' to it",
                e.getMessage());
    }

    @Test
    void aMissingOrBrokenFileSaysWhatToDo(@TempDir Path dir) throws IOException {
        IOException missing = assertThrows(IOException.class, () -> Messages.load(dir, "nl"));
        assertTrue(missing.getMessage().contains("restore the message file"), missing.getMessage());
        Files.createDirectories(dir.resolve("messages"));
        Files.write(dir.resolve("messages/nl.properties"), new byte[] {'k', '=', (byte) 0xE9, '\n'});
        IOException notUtf8 = assertThrows(IOException.class, () -> Messages.load(dir, "nl"));
        assertTrue(notUtf8.getMessage().contains("save it as UTF-8"), notUtf8.getMessage());
    }

    private static java.util.Set<String> placeholders(String text) {
        java.util.Set<String> found = new java.util.TreeSet<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{\\d+}").matcher(text);
        while (m.find()) found.add(m.group());
        return found;
    }
}
