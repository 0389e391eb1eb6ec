package org.dossier.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.dossier.render.i18n.Messages;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The site speaks one language of its own: a Dutch dossier has no word that only the English message file
 * writes, and an English dossier none that only the Dutch one writes. Every text node of every page is
 * checked, and the attributes readers meet (titles, labels, descriptions); words that come from the seeds
 * themselves (their text, titles, names, outlets, as in {@code data/dossier.json}) are the articles' words,
 * not the site's, and are left aside.
 */
class SiteLanguageTest {
    @TempDir
    Path dir;

    @Test
    void aDutchDossierHasNoEnglishWordOfTheSitesOwn() throws IOException {
        Path site = dir.resolve("site");
        FixtureSite.build(FixtureSite.seeds(dir), site);
        assertSpeaksOnly("nl", "en", site);
    }

    @Test
    void anEnglishDossierHasNoDutchWordOfTheSitesOwn() throws IOException {
        Path site = dir.resolve("site");
        FixtureSite.build(EnglishStory.write(dir.resolve("seeds"), 6), site);
        assertSpeaksOnly("en", "nl", site);
    }

    private static void assertSpeaksOnly(String language, String other, Path site) throws IOException {
        Set<String> foreign = words(Messages.load(FixtureSite.TEMPLATES, other));
        foreign.removeAll(words(Messages.load(FixtureSite.TEMPLATES, language)));
        Set<String> seedWords = seedWords(FixtureSite.dossierJson(site));
        Set<String> found = new TreeSet<>();
        int checked = 0;
        for (var page : FixtureSite.pages(site).entrySet()) {
            Document doc = page.getValue();
            assertEquals(language, doc.selectFirst("html").attr("lang"), page.getKey());
            for (String text : readerTexts(doc)) {
                for (String word : split(text)) {
                    checked++;
                    if (foreign.contains(word) && !seedWords.contains(word)) found.add(word + " (" + page.getKey() + ": " + text.strip() + ")");
                }
            }
        }
        assertTrue(checked > 1000, "the pages were read: " + checked + " words");
        assertEquals(Set.of(), found, "words of the " + other + " messages on a site in " + language);
    }

    /**
     * Every text node, and the attributes a reader or a screen reader meets, the drawings' included. File
     * names ({@code code}) are not words.
     */
    private static List<String> readerTexts(Document doc) {
        List<String> texts = new ArrayList<>();
        for (Element element : doc.getAllElements()) {
            if (element.closest("code") != null) continue;
            for (TextNode node : element.textNodes()) texts.add(node.text());
            for (String attribute : List.of("title", "aria-label", "alt")) {
                if (element.hasAttr(attribute)) texts.add(element.attr(attribute));
            }
            if (element.is("meta[name=description], meta[property=og:title], meta[property=og:description], meta[property=og:site_name]")) {
                texts.add(element.attr("content"));
            }
        }
        return texts;
    }

    private static Set<String> words(Messages messages) {
        Set<String> words = new HashSet<>();
        for (String key : messages.keys()) words.addAll(split(messages.text(key).replaceAll("\\{\\d+}", " ")));
        return words;
    }

    /** Every word of every string in the export: the seeds' own words, in whatever language they are. */
    private static Set<String> seedWords(JsonNode node) {
        Set<String> words = new HashSet<>();
        List<JsonNode> todo = new ArrayList<>(List.of(node));
        while (!todo.isEmpty()) {
            JsonNode next = todo.remove(todo.size() - 1);
            if (next.isTextual()) words.addAll(split(next.asText()));
            next.forEach(todo::add);
        }
        return words;
    }

    private static List<String> split(String text) {
        List<String> words = new ArrayList<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (word.length() > 1) words.add(word);
        }
        return words;
    }
}
