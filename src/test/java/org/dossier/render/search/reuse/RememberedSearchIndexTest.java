package org.dossier.render.search.reuse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dossier.model.Article;
import org.dossier.model.Block;
import org.dossier.model.BlockKind;
import org.dossier.model.DateOrigin;
import org.dossier.model.Dossier;
import org.dossier.model.Entity;
import org.dossier.model.EntityCatalog;
import org.dossier.model.EntityType;
import org.dossier.model.Event;
import org.dossier.model.PartialDate;
import org.dossier.model.Section;
import org.dossier.model.SharingSummary;
import org.dossier.model.SourceLocation;
import org.dossier.model.Span;
import org.dossier.model.TimelineEntry;
import org.dossier.render.search.SearchIndex;
import org.junit.jupiter.api.Test;

/**
 * A remembered index after each of a series of edits gives the files of a fresh one, byte for byte: an
 * article's text edited, articles added and taken out (every later number moves), a language changed
 * (other stems), an article's date and outlet changed (the filters), entities added, reordered and changed,
 * timeline entries changed, redated and shown on other pages, and enough articles that the term shards of a
 * letter are cut by longer prefixes, and cut anew as an edit adds words.
 */
class RememberedSearchIndexTest {
    private static final String[] WORDS = {"grens", "overleg", "vrede", "verkiezing", "minister", "border", "talks",
            "agreement", "officials", "election", "veiligheidsdialoog", "wapenstilstand", "garden", "sanctions",
            "parliament", "stemming", "tarieven", "handelsakkoord", "exports", "harvest", "coffee", "cocoa", "shipping"};

    private static Article article(int n, String language, String extra) {
        List<Block> blocks = new ArrayList<>();
        for (int p = 0; p < 3; p++) {
            StringBuilder text = new StringBuilder();
            for (int w = 0; w < 12; w++) {
                text.append(WORDS[(n * 7 + p * 5 + w * 3) % WORDS.length]).append(' ');
                // Words of their own, so that a large dossier has many keys under a few letters.
                text.append("s").append(Integer.toString(n * 131 + p * 17 + w, 36)).append("word ");
            }
            if (p == 2) text.append(extra);
            blocks.add(new Block("p" + p, BlockKind.PARAGRAPH, text.toString().trim(), text.toString().trim(),
                    SourceLocation.of("a" + n + ".txt", p + 1)));
        }
        String id = String.format("art-%04d", n);
        return new Article(id, id + ".txt", "Bericht " + WORDS[n % WORDS.length] + " " + n,
                Optional.of(PartialDate.ofMonth(2022, 1 + n % 12)), DateOrigin.STATED, language, Optional.of("Krant " + n % 3),
                Optional.empty(), Optional.empty(), List.of(new Section("s0", blocks)));
    }

    private static Article withDate(Article a, PartialDate date) {
        return new Article(a.id(), a.source(), a.title(), Optional.of(date), a.dateOrigin(), a.language(), a.outlet(), a.author(),
                a.originalUrl(), a.sections());
    }

    private static Article withOutlet(Article a, String outlet) {
        return new Article(a.id(), a.source(), a.title(), a.date(), a.dateOrigin(), a.language(), Optional.of(outlet), a.author(),
                a.originalUrl(), a.sections());
    }

    private static Entity entity(String name, String description) {
        return new Entity(name.toLowerCase().replace(' ', '-'), name, EntityType.PERSON, List.of(name.split(" ")[1]),
                Optional.ofNullable(description), Optional.empty(), List.of(), List.of("minister"));
    }

    private static TimelineEntry entry(Article article, int day) {
        Block block = article.blocks().get(0);
        PartialDate date = PartialDate.of(java.time.LocalDate.of(2022, 3, day));
        Event event = new Event("ev-" + article.id(), date, Optional.empty(), "op " + day + " maart",
                new Span(article.id(), block.id(), 0, block.text().length(), block.text()), List.of(), false);
        return new TimelineEntry("t-" + article.id(), date, Optional.empty(), false, List.of(event), List.of());
    }

    private static Dossier dossier(List<Article> articles, List<Entity> entities, List<TimelineEntry> timeline) {
        return new Dossier(articles, List.of(), SharingSummary.empty(), List.of(), entities, List.of(), List.of(), timeline);
    }

    private static void assertSameFiles(Map<String, byte[]> expected, Map<String, byte[]> actual, String step) {
        assertEquals(List.copyOf(expected.keySet()), List.copyOf(actual.keySet()), step);
        expected.forEach((path, bytes) -> assertArrayEquals(bytes, actual.get(path), step + ": " + path));
    }

    @Test
    void aRememberedRebuildAfterEachEditEqualsAFreshOne() {
        List<Article> articles = new ArrayList<>();
        for (int n = 0; n < 400; n++) articles.add(article(n, n % 3 == 0 ? "en" : "nl", ""));
        List<Entity> entities = new ArrayList<>(List.of(entity("Vladimir Poetin", "president"), entity("Mark Rutte", null)));
        List<TimelineEntry> timeline = new ArrayList<>(List.of(entry(articles.get(1), 3), entry(articles.get(2), 4)));
        RememberedSearchIndex remembered = new RememberedSearchIndex();

        List<String> steps = List.of("first build", "the same dossier", "one article's text edited", "an article added in the middle",
                "an article taken out", "an article added near the end", "an article taken out near the end",
                "a language changed", "an entity described", "a timeline entry from another article",
                "the article of a timeline entry's source retitled", "an entity added", "the entities in another order",
                "an article redated", "an article from another outlet", "a timeline entry redated", "the timeline cut into pages",
                "the same dossier written twice in one build", "the language of an article a timeline entry cites changed",
                "many new words under one letter", "most articles edited");
        java.util.function.Function<String, String> pages = id -> SearchIndex.TIMELINE;
        for (String step : steps) {
            switch (step) {
                case "one article's text edited" -> articles.set(200, article(200, "nl", "Een redacteur voegde deze zin toe."));
                case "an article added in the middle" -> articles.add(150, article(1000, "en", "A newcomer among the reports."));
                case "an article taken out" -> articles.remove(20);
                case "an article added near the end" -> articles.add(articles.size() - 3, article(1001, "nl", "Nog een bericht."));
                case "an article taken out near the end" -> articles.remove(articles.size() - 2);
                case "a language changed" -> articles.set(30, article(30, "en", ""));
                case "an entity described" -> entities.set(1, entity("Mark Rutte", "premier en onderhandelaar"));
                case "a timeline entry from another article" -> timeline.set(1, entry(articles.get(40), 4));
                case "the article of a timeline entry's source retitled" -> {
                    // The entry is the very same object; only the title its file shows for the source changes.
                    Article source = articles.get(40);
                    articles.set(40, new Article(source.id(), source.source(), "Een nieuwe kop", source.date(), source.dateOrigin(),
                            source.language(), source.outlet(), source.author(), source.originalUrl(), source.sections()));
                }
                case "the language of an article a timeline entry cites changed" -> {
                    // The entry is the very same object; its sentences are stemmed in the article's language.
                    int cited = 0;
                    while (!articles.get(cited).id().equals("art-0001")) cited++;
                    articles.set(cited, article(1, "en", ""));
                }
                case "an entity added" -> entities.add(1, entity("Ursula Leyen", "voorzitter"));
                case "the entities in another order" -> java.util.Collections.reverse(entities);
                case "an article redated" -> articles.set(60, withDate(articles.get(60), PartialDate.ofYear(2019)));
                case "an article from another outlet" -> articles.set(61, withOutlet(articles.get(61), "Het Weekblad"));
                case "a timeline entry redated" -> timeline.set(0, entry(articles.get(1), 9));
                case "the timeline cut into pages" -> pages = id -> id.endsWith("1") ? "timeline-2022.html" : SearchIndex.TIMELINE;
                case "many new words under one letter" -> {
                    StringBuilder words = new StringBuilder();
                    for (int w = 0; w < 3000; w++) words.append("s").append(Integer.toString(w * 7919, 36)).append("extra ");
                    articles.set(100, article(100, "nl", words.toString()));
                }
                case "most articles edited" -> {
                    for (int n = 0; n < articles.size(); n += 2) articles.set(n, article(n + 5000, "nl", "Alles anders."));
                }
                default -> { }
            }
            Dossier dossier = dossier(articles, entities, timeline);
            Map<String, byte[]> fresh = SearchIndex.none().files(dossier, EntityCatalog.empty(), pages);
            Map<String, byte[]> rebuilt = new java.util.LinkedHashMap<>();
            if (step.equals("the same dossier written twice in one build")) remembered.write(dossier, EntityCatalog.empty(), pages, (path, bytes) -> { });
            remembered.write(dossier, EntityCatalog.empty(), pages, rebuilt::put);
            remembered.endBuild();
            assertSameFiles(fresh, rebuilt, step);
            if (step.equals("first build")) {
                assertTrue(fresh.keySet().stream().filter(p -> p.startsWith("search/terms/s")).count() > 2,
                        "the words under s fill several shards: " + fresh.keySet());
            }
        }
    }

    @Test
    void anUnchangedDossierReusesEveryFile() {
        List<Article> articles = new ArrayList<>();
        for (int n = 0; n < 40; n++) articles.add(article(n, "nl", ""));
        Dossier dossier = dossier(articles, List.of(entity("Vladimir Poetin", "president")), List.of(entry(articles.get(3), 5)));
        RememberedSearchIndex remembered = new RememberedSearchIndex();
        Map<String, byte[]> first = remembered.files(dossier);
        remembered.endBuild();
        Map<String, byte[]> again = remembered.files(dossier);
        first.forEach((path, bytes) -> assertSame(bytes, again.get(path), path));
    }
}
