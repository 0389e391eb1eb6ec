package org.dossier.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The two seed articles, built as the README's command builds them, read back from {@code data/dossier.json}. */
class SeedDossierTest {
    private static final Set<String> KINDS = Set.of("paragraph", "heading", "quote", "caption", "embed", "list", "other");

    @TempDir
    static Path dir;
    static Path site;
    static JsonNode dossier;

    @BeforeAll
    static void build() {
        site = dir.resolve("site");
        FixtureSite.copyTree(FixtureSite.SEEDS, dir.resolve("seeds"));
        FixtureSite.build(dir.resolve("seeds"), site);
        dossier = FixtureSite.dossierJson(site);
    }

    private static List<JsonNode> blocks(JsonNode article, String kind) {
        List<JsonNode> blocks = new ArrayList<>();
        article.get("blocks").forEach(b -> {
            if (b.get("kind").asText().equals(kind)) blocks.add(b);
        });
        return blocks;
    }

    @Test
    void firstSeedIsDatedJanuary2022AndItsDateHeaderIsNotText() {
        JsonNode article = FixtureSite.article(dossier, FixtureSite.FIRST_SEED);
        assertEquals("000_612085df6fbf3f80.txt", article.get("source").asText());
        assertEquals("2022-01", article.get("date").asText());
        JsonNode blocks = article.get("blocks");
        assertEquals(5, blocks.size());
        assertEquals(5, blocks(article, "paragraph").size());
        assertTrue(blocks.get(0).get("text").asText().startsWith("President Biden benadrukte"));
        blocks.forEach(b -> assertFalse(b.get("text").asText().contains("date 2022-01"), "the header is gone"));
    }

    @Test
    void secondSeedHasNineBlocksWithAHeadingACaptionAndAnEmbed() {
        JsonNode article = FixtureSite.article(dossier, FixtureSite.SECOND_SEED);
        assertEquals(9, article.get("blocks").size());
        List<JsonNode> headings = blocks(article, "heading");
        assertEquals(1, headings.size());
        assertEquals("Strategische veiligheidsdialoog", headings.get(0).get("text").asText());
        List<JsonNode> captions = blocks(article, "caption");
        assertEquals(1, captions.size());
        assertTrue(captions.get(0).get("text").asText().endsWith("Beeld AFP"));
        List<JsonNode> embeds = blocks(article, "embed");
        assertEquals(1, embeds.size());
        assertTrue(embeds.get(0).get("text").asText().contains("(@ZelenskyyUa) 2 januari 2022"));
    }

    @Test
    void theHeadingOfTheSecondSeedOpensItsSecondSection() {
        JsonNode article = FixtureSite.article(dossier, FixtureSite.SECOND_SEED);
        Set<String> sections = new LinkedHashSet<>(article.get("blocks").findValuesAsText("section"));
        assertEquals(2, sections.size());
        JsonNode heading = blocks(article, "heading").get(0);
        String second = new ArrayList<>(sections).get(1);
        assertEquals(second, heading.get("section").asText());
        JsonNode firstOfSecond = null;
        for (JsonNode block : article.get("blocks")) {
            if (block.get("section").asText().equals(second)) {
                firstOfSecond = block;
                break;
            }
        }
        assertEquals(heading, firstOfSecond, "the heading is the first block of its section");
    }

    @Test
    void bothSeedsAreDutchWithDistinctTitles() {
        JsonNode first = FixtureSite.article(dossier, FixtureSite.FIRST_SEED);
        JsonNode second = FixtureSite.article(dossier, FixtureSite.SECOND_SEED);
        assertEquals("nl", first.get("language").asText());
        assertEquals("nl", second.get("language").asText());
        assertNotEquals(first.get("title").asText(), second.get("title").asText());
        for (JsonNode article : List.of(first, second)) {
            String title = article.get("title").asText();
            assertFalse(title.isBlank() || title.equalsIgnoreCase("untitled"), title);
        }
    }

    @Test
    void everyBlockHasAnIdUniqueInItsArticleAndASectionThatRunsWithoutGaps() {
        for (JsonNode article : dossier.get("articles")) {
            Set<String> ids = new HashSet<>();
            List<String> sectionRuns = new ArrayList<>();
            for (JsonNode block : article.get("blocks")) {
                String id = block.get("id").asText();
                assertTrue(id.matches("[a-z0-9][a-z0-9_-]*"), "block id " + id + " is a slug");
                assertTrue(ids.add(id), "block id " + id + " is unique in " + article.get("id"));
                String section = block.get("section").asText();
                assertTrue(section.matches("[a-z0-9][a-z0-9_-]*"), "section id " + section + " is a slug");
                if (sectionRuns.isEmpty() || !sectionRuns.get(sectionRuns.size() - 1).equals(section)) {
                    assertFalse(sectionRuns.contains(section), "section " + section + " is one run of blocks");
                    if (!sectionRuns.isEmpty()) {
                        assertEquals("heading", block.get("kind").asText(), "a new section opens with a heading");
                    }
                    sectionRuns.add(section);
                }
                assertTrue(KINDS.contains(block.get("kind").asText()), block.get("kind").asText());
                assertFalse(block.get("text").asText().isBlank());
            }
        }
    }

    @Test
    void exportHasEveryFieldOfTheContract() {
        assertEquals(1, dossier.get("version").asInt());
        for (String list : List.of("articles", "passages", "entities", "quotes", "events")) {
            assertTrue(dossier.has(list) && dossier.get(list).isArray(), list + " is a list");
        }
        assertEquals(2, dossier.get("articles").size());
        for (JsonNode article : dossier.get("articles")) {
            for (String field : List.of("id", "source", "title", "date", "language", "url", "blocks")) {
                assertTrue(article.has(field), "article field " + field);
            }
            assertTrue(article.get("date").isNull() || article.get("date").asText().matches("\\d{4}(-\\d{2}(-\\d{2})?)?"));
            assertTrue(article.get("language").asText().matches("[a-z]{2}"));
            assertTrue(Files.isRegularFile(site.resolve(article.get("url").asText())), "the url is the article's page");
            for (JsonNode block : article.get("blocks")) {
                for (String field : List.of("id", "kind", "section", "text")) {
                    assertTrue(block.has(field), "block field " + field);
                }
            }
        }
    }
}
