package org.dossier.render.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.dossier.model.Article;
import org.dossier.model.Block;
import org.dossier.model.BlockKind;
import org.dossier.model.DateOrigin;
import org.dossier.model.Dossier;
import org.dossier.model.Entity;
import org.dossier.model.EntityCatalog;
import org.dossier.model.EntityType;
import org.dossier.model.Event;
import org.dossier.model.Mention;
import org.dossier.model.PartialDate;
import org.dossier.model.Section;
import org.dossier.model.SharingSummary;
import org.dossier.model.SourceLocation;
import org.dossier.model.Span;
import org.dossier.model.TimelineEntry;
import org.dossier.render.search.reuse.RememberedSearchIndex;
import org.junit.jupiter.api.Test;

/**
 * The numbers of searchable things follow their ids, not their places: an edit that adds an entity or an
 * article (both land early in their group's order, where every later place moves) changes the index files of
 * its own words and things, not those of the things after it; and the remembered index follows suit.
 */
class NumberingTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] SYLLABLES = {"ka", "lo", "mi", "ter", "van", "bro", "dijk", "hoe", "ste", "rum", "pel",
            "gra", "zon", "wil", "fe", "no", "quo", "ja", "xi", "ul", "or", "en", "is", "ya"};

    /** A made-up word of three syllables, different for each {@code n} below 24³. */
    private static String word(int n) {
        return SYLLABLES[n % 24] + SYLLABLES[(n / 24) % 24] + SYLLABLES[(n / 576) % 24];
    }

    private static String name(int n) {
        String given = word(n * 37 + 5);
        String family = word(n * 101 + 13);
        return Character.toUpperCase(given.charAt(0)) + given.substring(1) + " " + Character.toUpperCase(family.charAt(0))
                + family.substring(1);
    }

    private static Article article(int n, String extra) {
        List<Block> blocks = new ArrayList<>();
        for (int p = 0; p < 2; p++) {
            StringBuilder text = new StringBuilder("Volgens ").append(name(n % 90)).append(" sprak de raad over ");
            for (int w = 0; w < 12 + n % 5; w++) text.append(word(n * 29 + p * 11 + w * 7)).append(' ');
            text.append("en het plan.");
            if (p == 1) text.append(extra);
            blocks.add(new Block("p" + p, BlockKind.PARAGRAPH, text.toString(), text.toString(), SourceLocation.of("a" + n + ".txt", p + 1)));
        }
        String id = "bericht-" + n;
        return new Article(id, id + ".txt", "Bericht over " + word(n), Optional.of(PartialDate.ofMonth(2023, 1 + n % 12)),
                DateOrigin.STATED, "nl", Optional.of("Krant " + n % 4), Optional.empty(), Optional.empty(), List.of(new Section("s0", blocks)));
    }

    private static Entity person(String name, int mentions) {
        String id = name.toLowerCase().replace(' ', '-');
        List<Mention> spans = new ArrayList<>();
        for (int m = 0; m < mentions; m++) spans.add(new Mention(id, new Span("bericht-" + m, "p0", 8, 8 + name.length(), name)));
        return new Entity(id, name, EntityType.PERSON, List.of(name.split(" ")[1]), Optional.empty(),
                Optional.empty(), spans, List.of("woordvoerder"));
    }

    private static TimelineEntry entry(Article article, int day) {
        Block block = article.blocks().get(0);
        PartialDate date = PartialDate.of(java.time.LocalDate.of(2023, 1 + day % 12, 1 + day % 28));
        Event event = new Event("ev-" + article.id(), date, Optional.empty(), "op " + day, new Span(article.id(), block.id(), 0, 20,
                block.text().substring(0, 20)), List.of(), false);
        return new TimelineEntry("t-" + article.id(), date, Optional.empty(), false, List.of(event), List.of());
    }

    /** 120 articles, 90 people (more mentions first, as the analysis orders them) and 40 timeline entries. */
    private static Fixture fixture() {
        Fixture f = new Fixture();
        for (int n = 0; n < 120; n++) f.articles.add(article(n, ""));
        for (int n = 0; n < 90; n++) f.entities.add(person(name(n), 2 + (90 - n) / 3));
        for (int n = 0; n < 40; n++) f.timeline.add(entry(f.articles.get(n * 3), n));
        return f;
    }

    private static final class Fixture {
        final List<Article> articles = new ArrayList<>();
        final List<Entity> entities = new ArrayList<>();
        final List<TimelineEntry> timeline = new ArrayList<>();

        Dossier dossier() {
            return new Dossier(articles, List.of(), SharingSummary.empty(), List.of(), entities, List.of(), List.of(), timeline);
        }
    }

    /** The paths whose bytes differ, or that only one of the two has. */
    private static Set<String> changed(Map<String, byte[]> before, Map<String, byte[]> after) {
        Set<String> changed = new TreeSet<>();
        Set<String> all = new HashSet<>(before.keySet());
        all.addAll(after.keySet());
        for (String path : all) {
            if (!before.containsKey(path) || !after.containsKey(path) || !java.util.Arrays.equals(before.get(path), after.get(path))) {
                changed.add(path);
            }
        }
        return changed;
    }

    private final Analyser analyser = new Analyser();

    private static Set<String> termsOf(List<Analysed> things) {
        Set<String> terms = new TreeSet<>();
        for (Analysed thing : things) for (DocTerms doc : thing.docs()) terms.addAll(doc.terms().keySet());
        return terms;
    }

    /** The average lengths of articles, blocks, entities and entries, which weigh every posting of their group. */
    private List<Double> averages(Fixture f) {
        List<Analysed> articles = f.articles.stream().map(analyser::article).toList();
        return List.of(Postings.averageLength(articles, true), Postings.averageLength(articles, false),
                Postings.averageLength(f.entities.stream().map(analyser::entity).toList(), true),
                Postings.averageLength(f.timeline.stream().map(t -> analyser.entry(t, Map.of())).toList(), true));
    }

    /** Each term of the index with its postings as the file writes them. */
    private static Map<String, String> postingsByTerm(Map<String, byte[]> files) {
        Map<String, String> postings = new java.util.HashMap<>();
        files.forEach((path, bytes) -> {
            if (!path.startsWith("search/terms/")) return;
            String script = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
            try {
                JsonNode data = JSON.readTree(script.substring(script.indexOf(',') + 1, script.length() - 3));
                data.get("postings").fields().forEachRemaining(e -> postings.put(e.getKey(), e.getValue().toString()));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        return postings;
    }

    /** The terms whose postings differ, or that only one index has. */
    private static Set<String> changedTerms(Map<String, byte[]> before, Map<String, byte[]> after) {
        Map<String, String> was = postingsByTerm(before);
        Map<String, String> now = postingsByTerm(after);
        Set<String> changed = new TreeSet<>();
        Set<String> all = new HashSet<>(was.keySet());
        all.addAll(now.keySet());
        for (String term : all) if (!java.util.Objects.equals(was.get(term), now.get(term))) changed.add(term);
        return changed;
    }

    /** The docs file of the thing at {@code place} of a group ({@code a}, {@code e} or {@code t}). */
    /**
     * The places (in the old order) of the things whose number changed when one thing came in first in a group
     * of {@code count}: each is at place + 1 now.
     */
    private static List<Integer> movedByNewcomerFirst(Numbering was, Numbering now, int count) {
        List<Integer> moved = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) if (now.number(i + 1) != was.number(i)) moved.add(i);
        return moved;
    }

    /** The docs files of the newcomer (first now) and of each thing it moved, before and after. */
    private static Set<String> docsFilesOfNewcomerFirst(char group, Numbering was, Numbering now, List<Integer> moved) {
        Set<String> files = new TreeSet<>(List.of(docsFile(group, now, 0)));
        for (int i : moved) {
            files.add(docsFile(group, was, i));
            files.add(docsFile(group, now, i + 1));
        }
        return files;
    }

    private static String docsFile(char group, Numbering numbering, int place) {
        return "search/docs/" + group + numbering.number(place) / numbering.slotsPerFile() + ".js";
    }

    @Test
    void numbersFollowTheIdsAndAnInsertMovesAFewNeighboursAtMost() {
        List<String> ids = new ArrayList<>();
        for (int n = 0; n < 1000; n++) ids.add("thing-" + n);
        Numbering before = Numbering.of(ids, 10);
        assertEquals(1000, java.util.Arrays.stream(before.numbers()).distinct().count(), "each thing its own number");
        int[] sorted = before.numbers().clone();
        java.util.Arrays.sort(sorted);
        assertArrayEquals(sorted, java.util.Arrays.stream(before.order()).map(before::number).toArray(), "order runs by number");
        // 1000 things at 10 a file need 128 files (a power of two) of 20 numbers.
        assertEquals(20, before.slotsPerFile());
        assertTrue(before.limit() <= 128 * 20 + 16, "numbers stay near the table: " + before.limit());

        // The same ids in another order keep their numbers: a place in the group's order plays no part.
        List<String> reversed = new ArrayList<>(ids);
        java.util.Collections.reverse(reversed);
        Numbering again = Numbering.of(reversed, 10);
        for (int i = 0; i < ids.size(); i++) assertEquals(before.number(i), again.number(ids.size() - 1 - i), ids.get(i));

        int moved = 0;
        for (int added = 0; added < 50; added++) {
            List<String> more = new ArrayList<>(ids);
            more.add(0, "newcomer-" + added);
            Numbering after = Numbering.of(more, 10);
            for (int i = 0; i < ids.size(); i++) if (after.number(i + 1) != before.number(i)) moved++;
        }
        // Each newcomer pushes on only the rest of its run of taken numbers; by place, every thing would move.
        assertTrue(moved <= 50, moved + " numbers moved for 50 newcomers, one at a time");
    }

    @Test
    void aNewNameChangesTheFilesOfItsWordsNotThoseOfTheEntitiesAfterIt() {
        Fixture f = fixture();
        Map<String, byte[]> before = SearchIndex.none().files(f.dossier());
        IndexFiles.Numbers was = IndexFiles.Numbers.of(f.dossier());
        List<Double> lengths = averages(f);
        // A name the dossier never had, in one article; mentioned more than anyone, so it comes first among the
        // people and every other person's place moves by one.
        f.articles.set(60, article(60, " Daarna sprak Wobbe Quaxelaar met de pers."));
        f.entities.add(0, person("Wobbe Quaxelaar", 40));
        Map<String, byte[]> after = SearchIndex.none().files(f.dossier());
        IndexFiles.Numbers now = IndexFiles.Numbers.of(f.dossier());
        assertEquals(lengths, averages(f), "the edit leaves the average lengths, which weigh every posting");

        Set<String> docs = new TreeSet<>();
        for (String path : changed(before, after)) if (path.startsWith("search/docs/")) docs.add(path);
        // The people the newcomer pushed to the next number change their files too: none or a few.
        List<Integer> moved = movedByNewcomerFirst(was.entities(), now.entities(), 90);
        assertTrue(moved.size() <= 4, moved.size() + " people moved");
        Set<String> expected = docsFilesOfNewcomerFirst('e', was.entities(), now.entities(), moved);
        expected.add(docsFile('a', now.articles(), 60));
        assertEquals(expected, docs);

        // The terms whose postings changed: the new and edited things' own, and those of the people moved.
        Set<String> expectedTerms = termsOf(List.of(analyser.article(f.articles.get(60)), analyser.entity(f.entities.get(0))));
        for (int i : moved) expectedTerms.addAll(termsOf(List.of(analyser.entity(f.entities.get(i + 1)))));
        Set<String> terms = changedTerms(before, after);
        assertTrue(expectedTerms.containsAll(terms), "changed beyond the edit: " + terms.stream().filter(t -> !expectedTerms.contains(t)).toList());
        assertTrue(terms.containsAll(List.of("wobbe", "quaxelar")), terms.toString());
        assertTrue(terms.size() < postingsByTerm(after).size() / 10, terms.size() + " of " + postingsByTerm(after).size());
        assertTrue(changed(before, after).stream().allMatch(p -> p.startsWith("search/terms/") || p.startsWith("search/docs/") || p.startsWith("search/heads/")
                || p.equals("search/meta.js") || p.equals("search/filters.js") || p.equals("search/order/e.js")), changed(before, after).toString());
        // The people's order changed (the newcomer first): its file, and no other group's.
        assertTrue(changed(before, after).contains("search/order/e.js"), changed(before, after).toString());
    }

    @Test
    void aNewArticleChangesTheFilesOfItsWordsNotThoseOfTheArticlesAfterIt() {
        Fixture f = fixture();
        Map<String, byte[]> before = SearchIndex.none().files(f.dossier());
        IndexFiles.Numbers was = IndexFiles.Numbers.of(f.dossier());
        List<Double> lengths = averages(f);
        // An article that comes first: every later article's place moves by one. Its words are the fixture's own
        // (as a new report on the same story has), so its terms touch shards but add few keys.
        Article newcomer = new Article("aaa-eerste", "aaa-eerste.txt", "Bericht over " + word(7), Optional.of(PartialDate.ofMonth(2023, 2)),
                DateOrigin.STATED, "nl", Optional.of("Krant 1"), Optional.empty(), Optional.empty(), article(7, "").sections());
        f.articles.add(0, newcomer);
        Map<String, byte[]> after = SearchIndex.none().files(f.dossier());
        IndexFiles.Numbers now = IndexFiles.Numbers.of(f.dossier());
        assertEquals(lengths, averages(f), "the edit leaves the average lengths, which weigh every posting");

        Set<String> docs = new TreeSet<>();
        for (String path : changed(before, after)) if (path.startsWith("search/docs/")) docs.add(path);
        List<Integer> moved = movedByNewcomerFirst(was.articles(), now.articles(), 120);
        assertTrue(moved.size() <= 2, moved.size() + " articles moved");
        assertEquals(docsFilesOfNewcomerFirst('a', was.articles(), now.articles(), moved), docs,
                "the timeline's and the entities' files stay as they were");
        // The terms whose postings changed: the newcomer's own, and those of the articles moved; by place, every
        // term of every article after it would change.
        Set<String> expectedTerms = termsOf(List.of(analyser.article(newcomer)));
        for (int i : moved) expectedTerms.addAll(termsOf(List.of(analyser.article(f.articles.get(i + 1)))));
        Set<String> terms = changedTerms(before, after);
        assertTrue(expectedTerms.containsAll(terms), "changed beyond the edit: " + terms.stream().filter(t -> !expectedTerms.contains(t)).toList());
        assertTrue(terms.size() < postingsByTerm(after).size() / 5, terms.size() + " of " + postingsByTerm(after).size());
        // The articles' order changed (the newcomer first): its file, and no other group's.
        Set<String> orders = new TreeSet<>();
        for (String path : changed(before, after)) if (path.startsWith("search/order/")) orders.add(path);
        assertEquals(Set.of("search/order/a.js"), orders);
    }

    @Test
    void theRememberedIndexAfterTheseEditsEqualsAFreshOne() {
        Fixture f = fixture();
        RememberedSearchIndex remembered = new RememberedSearchIndex();
        for (String step : List.of("first build", "a new name", "a new article", "an article taken out", "a person mentioned more",
                "a timeline entry added")) {
            switch (step) {
                case "a new name" -> {
                    f.articles.set(60, article(60, " Daarna sprak Wobbe Quaxelaar met de pers."));
                    f.entities.add(0, person("Wobbe Quaxelaar", 40));
                }
                case "a new article" -> f.articles.add(0, article(500, "Een nieuw bericht."));
                case "an article taken out" -> f.articles.remove(30);
                case "a person mentioned more" -> f.entities.set(50, person(name(49), 60));
                case "a timeline entry added" -> f.timeline.add(5, entry(f.articles.get(90), 99));
                default -> { }
            }
            Map<String, byte[]> fresh = SearchIndex.none().files(f.dossier(), EntityCatalog.empty());
            Map<String, byte[]> rebuilt = remembered.files(f.dossier(), EntityCatalog.empty());
            remembered.endBuild();
            assertEquals(List.copyOf(fresh.keySet()), List.copyOf(rebuilt.keySet()), step);
            fresh.forEach((path, bytes) -> assertArrayEquals(bytes, rebuilt.get(path), step + ": " + path));
        }
    }
}
