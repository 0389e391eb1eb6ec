package org.dossier.render.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.dossier.model.Article;
import org.dossier.model.Block;
import org.dossier.model.BlockKind;
import org.dossier.model.DateOrigin;
import org.dossier.model.Dossier;
import org.dossier.model.Entity;
import org.dossier.model.EntityCatalog;
import org.dossier.model.EntityType;
import org.dossier.model.PartialDate;
import org.dossier.model.Section;
import org.dossier.model.SourceLocation;
import org.junit.jupiter.api.Test;

/** The index builder: folding, stemming, what each shard holds, and that its files are deterministic. */
class SearchIndexTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Article article(String id, String language, String title, String... paragraphs) {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < paragraphs.length; i++) {
            blocks.add(new Block("p" + i, BlockKind.PARAGRAPH, paragraphs[i], paragraphs[i], SourceLocation.of(id + ".txt", i + 1)));
        }
        return new Article(id, id + ".txt", title, Optional.of(PartialDate.ofMonth(2022, 1)), DateOrigin.STATED, language,
                Optional.of("Proefkrant"), Optional.empty(), Optional.empty(), List.of(new Section("s0", blocks)));
    }

    private static final Article DUTCH = article("nl-1", "nl", "Verkiezingen in Oekraïne",
            "De veiligheidsdialoog gaat door, zei de minister.", "Over de verkiezingen is nog niets besloten.");
    private static final Article ENGLISH = article("en-1", "en", "Talks in Geneva",
            "The talks ended without an agreement.", "Officials said more elections would follow.");
    private static final Entity POETIN = new Entity("vladimir-poetin", "Vladimir Poetin", EntityType.PERSON,
            List.of("Poetin"), Optional.empty(), Optional.empty(), List.of());

    private static Dossier dossier(Article... articles) {
        return new Dossier(List.of(articles), List.of(), List.of(POETIN), List.of(), List.of());
    }

    /** The data of one index file, without its script wrapper. */
    private static JsonNode data(Map<String, byte[]> files, String path) throws Exception {
        String script = new String(files.get(path), StandardCharsets.UTF_8);
        String name = path.substring(SearchIndex.FOLDER.length(), path.length() - ".js".length());
        String prefix = "DossierSearch.add(\"" + name + "\",";
        assertTrue(script.startsWith(prefix) && script.endsWith(");\n"), script);
        return JSON.readTree(script.substring(prefix.length(), script.length() - 3));
    }

    /** The term shard that holds {@code key}, found the way the script finds it: the longest listed prefix. */
    private static JsonNode shardOf(Map<String, byte[]> files, String key) throws Exception {
        String file = null;
        int longest = -1;
        for (JsonNode shard : data(files, "search/meta.js").get("terms")) {
            String prefix = shard.get(0).asText();
            if (key.startsWith(prefix) && prefix.length() > longest) {
                longest = prefix.length();
                file = shard.get(1).asText();
            }
        }
        assertTrue(file != null, "no shard for " + key);
        return data(files, SearchIndex.FOLDER + file + ".js");
    }

    @Test
    void foldsCaseAndDiacriticsTheWayTheScriptDoes() {
        assertEquals(List.of("oekraine", "zelenski", "s", "cafe", "2022"), Words.folded("Oekraïne, ZELENSKI's Café (2022)"));
        assertEquals("ecole", Words.fold("École"));
    }

    /** A term's postings as [number, code, weight] triples, each number whole (the file gives differences). */
    private static List<List<Integer>> triples(JsonNode postings) {
        List<List<Integer>> triples = new ArrayList<>();
        int number = 0;
        for (int i = 0; i < postings.size(); i += 3) {
            number += postings.get(i).asInt();
            triples.add(List.of(number, postings.get(i + 1).asInt(), postings.get(i + 2).asInt()));
        }
        return triples;
    }

    @Test
    void stemsEachArticleByItsLanguageAndShipsTheFormsOfEachStem() throws Exception {
        Dossier dossier = dossier(DUTCH, ENGLISH);
        Map<String, byte[]> files = SearchIndex.none().files(dossier);
        IndexFiles.Numbers numbers = IndexFiles.Numbers.of(dossier);
        int dutch = numbers.articles().number(0);
        int english = numbers.articles().number(1);
        JsonNode v = shardOf(files, "verkiezingen");
        assertEquals("[\"verkiez\"]", v.get("forms").get("verkiezingen").toString());
        // Both Dutch forms of the article's text and title lead to one stem, posted for the article (-1)
        // and for its second paragraph (1).
        List<List<Integer>> postings = triples(shardOf(files, "verkiez").get("postings").get("verkiez"));
        assertEquals(List.of(List.of(dutch, -1), List.of(dutch, 1)), postings.stream().map(t -> t.subList(0, 2)).toList());
        // English: "talks" and "elections" by the English rules, into the English article.
        assertEquals("[\"talk\"]", shardOf(files, "talks").get("forms").get("talks").toString());
        assertEquals("[\"elect\"]", shardOf(files, "elections").get("forms").get("elections").toString());
        assertEquals(english, triples(shardOf(files, "elect").get("postings").get("elect")).get(0).get(0));
    }

    @Test
    void theTitleCountsMoreThanTheText() throws Exception {
        Article inTitle = article("a", "nl", "Verkiezingen", "Vandaag geen nieuws over de stad.");
        Article inText = article("b", "nl", "Nieuws", "Vandaag verkiezingen in de stad.");
        Dossier dossier = dossier(inTitle, inText);
        IndexFiles.Numbers numbers = IndexFiles.Numbers.of(dossier);
        List<List<Integer>> postings = triples(shardOf(SearchIndex.none().files(dossier), "verkiez").get("postings").get("verkiez"));
        // a's article entry, b's article entry and b's paragraph, by number.
        int a = numbers.articles().number(0);
        int b = numbers.articles().number(1);
        int weightInTitle = postings.stream().filter(t -> t.get(0) == a && t.get(1) == Kinds.ARTICLE).findFirst().orElseThrow().get(2);
        int weightInText = postings.stream().filter(t -> t.get(0) == b && t.get(1) == Kinds.ARTICLE).findFirst().orElseThrow().get(2);
        assertEquals(3, postings.size(), postings.toString());
        assertTrue(weightInTitle > weightInText, postings.toString());
    }

    @Test
    void leavesStopWordsOutAndListsThemForTheScript() throws Exception {
        Map<String, byte[]> files = SearchIndex.none().files(dossier(DUTCH, ENGLISH));
        List<String> stop = new ArrayList<>();
        data(files, "search/meta.js").get("stop").forEach(w -> stop.add(w.asText()));
        assertTrue(stop.containsAll(List.of("de", "het", "the", "and")), stop.toString());
        for (String path : files.keySet()) {
            if (!path.startsWith("search/terms/")) continue;
            JsonNode postings = data(files, path).get("postings");
            for (String word : List.of("de", "is", "the", "an")) assertFalse(postings.has(word), word + " in " + path);
            assertTrue(postings.size() > 0, path);
        }
        assertTrue(shardOf(files, "minister").get("postings").has("minister"));
    }

    @Test
    void offersLongDutchWordsAsCompoundsByTheirLastLetters() throws Exception {
        Map<String, byte[]> files = SearchIndex.none().files(dossier(DUTCH, ENGLISH));
        JsonNode heads = data(files, "search/heads/og.js");
        assertEquals("[[\"veiligheidsdialoog\",\"veiligheidsdialog\"]]", heads.toString());
        assertFalse(files.keySet().stream().anyMatch(f -> f.startsWith("search/heads/") && new String(files.get(f),
                StandardCharsets.UTF_8).contains("agreement")), "English words are not split as compounds");
    }

    @Test
    void entitiesAreFoundByTheNamesTheEditorGaveThem() throws Exception {
        EntityCatalog catalog = new EntityCatalog(List.of(new EntityCatalog.Entry("Vladimir Poetin", EntityType.PERSON,
                List.of("Poetin", "Putin"), Optional.empty(), Optional.empty(), SourceLocation.of("entities.yml", 3))), List.of());
        Map<String, byte[]> files = SearchIndex.none().files(dossier(DUTCH), catalog);
        int poetin = IndexFiles.Numbers.of(dossier(DUTCH)).entities().number(0);
        JsonNode putin = shardOf(files, "putin").get("postings").get("putin");
        assertEquals(List.of(List.of(poetin, -2)), triples(putin).stream().map(t -> t.subList(0, 2)).toList());
        int perFile = IndexFiles.Numbers.of(dossier(DUTCH)).entities().slotsPerFile();
        JsonNode row = data(files, "search/docs/e" + poetin / perFile + ".js").get(poetin % perFile);
        assertEquals("[\"Poetin\",\"Putin\"]", row.get(3).toString());
        assertFalse(shardOf(SearchIndex.none().files(dossier(DUTCH)), "poetin").get("postings").has("putin"),
                "without the catalog, Putin is no name of his");
    }

    @Test
    void theSameDossierGivesTheSameBytes() {
        Dossier first = dossier(DUTCH, ENGLISH);
        assertSameFiles(SearchIndex.none().files(first), SearchIndex.none().files(first));
    }

    @Test
    void anEditChangesOnlyTheFilesOfTheWordsAndArticleItTouched() {
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            articles.add(article(String.format("art-%02d", i), i % 2 == 0 ? "nl" : "en", "Bericht " + i,
                    "Paragraaf over onderwerp nummer " + i + " met woorden als vrede, grens en overleg.",
                    "Another paragraph about border talks number " + i + "."));
        }
        Map<String, byte[]> before = SearchIndex.none().files(dossier(articles.toArray(Article[]::new)));
        // One word replaced by another: only the shards of the two words, the article's docs file and the
        // list of shards (a shard for "x" is new) change; the lengths and so every other weight stay.
        articles.set(25, article("art-25", "en", "Bericht 25", "Paragraaf over onderwerp nummer 25 met woorden als vrede, grens en overleg.",
                "Another paragraph about border talks xylophone 25."));
        Map<String, byte[]> after = SearchIndex.none().files(dossier(articles.toArray(Article[]::new)));
        List<String> changed = new ArrayList<>();
        after.forEach((path, bytes) -> {
            if (!before.containsKey(path) || !java.util.Arrays.equals(before.get(path), bytes)) changed.add(path);
        });
        assertTrue(before.keySet().stream().allMatch(after::containsKey));
        Numbering numbers = IndexFiles.Numbers.of(dossier(articles.toArray(Article[]::new))).articles();
        assertEquals(List.of("search/docs/a" + numbers.number(25) / numbers.slotsPerFile() + ".js", "search/meta.js",
                "search/terms/n.js", "search/terms/x.js"), changed.stream().sorted().toList());
    }

    @Test
    void eachKeyBelongsToTheLongestShardPrefixItStartsWith() {
        SortedMap<String, Integer> sizes = new TreeMap<>();
        for (int i = 0; i < 4000; i++) sizes.put("t" + Integer.toString(i * 7919, 36), 40);
        sizes.put("t", 100);
        sizes.put("zeer", 10);
        SortedMap<String, String> shardOf = Shards.split(sizes);
        List<String> prefixes = Shards.prefixes(shardOf);
        assertTrue(prefixes.size() > 3, "a large group is split: " + prefixes);
        shardOf.forEach((key, prefix) -> {
            String longest = prefixes.stream().filter(key::startsWith).max((a, b) -> a.length() - b.length()).orElseThrow();
            assertEquals(longest, prefix, key);
        });
        Map<String, Long> bytes = new TreeMap<>();
        shardOf.forEach((key, prefix) -> bytes.merge(prefix, (long) sizes.get(key), Long::sum));
        assertTrue(bytes.values().stream().allMatch(b -> b <= Shards.LIMIT), bytes.toString());
        assertEquals("t_0437", Shards.fileName("tз"));
    }

    private static void assertSameFiles(Map<String, byte[]> expected, Map<String, byte[]> actual) {
        assertEquals(List.copyOf(expected.keySet()), List.copyOf(actual.keySet()));
        expected.forEach((path, bytes) -> assertArrayEquals(bytes, actual.get(path), path));
    }
}
