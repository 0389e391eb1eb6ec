package org.dossier.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same input gives the same bytes, and block anchors survive edits of other blocks. */
class DeterministicBuildTest {
    @TempDir
    Path dir;

    @Test
    void twoBuildsOfTheSameInputAreByteIdentical() throws IOException {
        Path seeds = FixtureSite.seeds(dir);
        Path first = dir.resolve("first");
        Path second = dir.resolve("elsewhere/second");
        FixtureSite.build(seeds, first);
        FixtureSite.build(seeds, second);
        List<String> files = FixtureSite.files(first);
        assertEquals(files, FixtureSite.files(second));
        assertTrue(files.size() >= 8, "pages, assets and data: " + files);
        for (String file : files) {
            assertArrayEquals(Files.readAllBytes(first.resolve(file)), Files.readAllBytes(second.resolve(file)), file);
        }
    }

    @Test
    void theOutputDoesNotDependOnWhereTheSeedsLieOrWhatTheFoldersAreCalled() throws IOException {
        Path first = dir.resolve("a/site");
        Path second = dir.resolve("b/other-name");
        FixtureSite.build(FixtureSite.seeds(dir.resolve("a")), first);
        FixtureSite.build(FixtureSite.seeds(dir.resolve("b/deeper")), second);
        for (String file : FixtureSite.files(first)) {
            assertArrayEquals(Files.readAllBytes(first.resolve(file)), Files.readAllBytes(second.resolve(file)), file);
        }
    }

    private Map<String, String> blockIds(Path seeds, String build) {
        Path site = dir.resolve(build);
        FixtureSite.build(seeds, site);
        JsonNode article = FixtureSite.article(FixtureSite.dossierJson(site), FixtureSite.SECOND_SEED);
        Map<String, String> ids = new LinkedHashMap<>();
        article.get("blocks").forEach(b -> ids.put(b.get("text").asText(), b.get("id").asText() + " in " + b.get("section").asText()));
        return ids;
    }

    @Test
    void editingAddingOrRemovingABlockLeavesTheOtherBlocksIdsAsTheyWere() throws IOException {
        Path seeds = dir.resolve("seeds");
        FixtureSite.copyTree(FixtureSite.SEEDS, seeds);
        Path seed = seeds.resolve(FixtureSite.SECOND_SEED + ".txt");
        String original = Files.readString(seed, StandardCharsets.UTF_8);
        Map<String, String> before = blockIds(seeds, "before");

        String edited = "Een nieuwe eerste alinea, later toegevoegd door de redactie.\n\n" + original
                .replace("Ook bespraken ze hervormingen.", "Ook bespraken ze economische hervormingen.")
                .replace("President Biden benadrukte tot slot de toewijding van de Verenigde Staten en hun bondgenoten "
                        + "aan het principe van “niets over jullie zonder jullie”, zo klinkt het in de verklaring.\n\n", "");
        assertNotEquals(original, edited);
        Files.writeString(seed, edited, StandardCharsets.UTF_8);
        Map<String, String> after = blockIds(seeds, "after");

        int kept = 0;
        for (Map.Entry<String, String> block : before.entrySet()) {
            if (block.getKey().contains("Ook bespraken ze") || block.getKey().startsWith("President Biden benadrukte tot slot")) {
                assertFalse(after.containsKey(block.getKey()), "the edited and the removed block are gone");
                continue;
            }
            assertEquals(block.getValue(), after.get(block.getKey()), "the id of: " + block.getKey());
            kept++;
        }
        assertEquals(7, kept);
        assertEquals(9, after.size(), "one block added, one removed, one edited");
    }

    @Test
    void theCommittedSiteIsExactlyWhatBuildingTheSeedsMakesNow() throws IOException {
        Path committed = Path.of("site");
        Path fresh = dir.resolve("site");
        FixtureSite.build(FixtureSite.SEEDS, fresh);
        assertEquals(FixtureSite.files(fresh), FixtureSite.files(committed),
                "site/ is out of date: rebuild it with the README's command and commit it");
        for (String file : FixtureSite.files(fresh)) {
            assertArrayEquals(Files.readAllBytes(fresh.resolve(file)), Files.readAllBytes(committed.resolve(file)),
                    "site/" + file + " is out of date: rebuild it with the README's command and commit it");
        }
    }
}
