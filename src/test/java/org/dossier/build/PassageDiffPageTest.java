package org.dossier.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The "what differs" note of a near copy, on a story of three articles written for this test: two outlets
 * print an agency's paragraph word for word, a third rewrites it (another day, one word dropped).
 */
class PassageDiffPageTest {
    private static final String ORIGINAL = "De gemeente sluit de oude ophaalbrug over het kanaal op dinsdag voor al het"
            + " verkeer, omdat inspecteurs nieuwe scheuren in de stalen liggers hebben gevonden bij een controle.";
    private static final String REWRITE = "De gemeente sluit de oude ophaalbrug over het kanaal op woensdag voor al het"
            + " verkeer, omdat inspecteurs scheuren in de stalen liggers hebben gevonden bij een controle.";

    @TempDir
    static Path dir;
    static Path site;

    @BeforeAll
    static void build() throws IOException {
        Path seeds = Files.createDirectories(dir.resolve("seeds"));
        seed(seeds, "a-krant", "Het Noorden", "2024-03-04", ORIGINAL, "Op de markt stonden zaterdag meer kramen dan ooit.");
        seed(seeds, "b-blad", "Stadsblad", "2024-03-04", ORIGINAL, "De voetbalclub won zondag met ruime cijfers van de koploper.");
        seed(seeds, "c-post", "De Post", "2024-03-05", REWRITE, "Schippers vrezen dat de vaarweg wekenlang gestremd zal blijven.");
        site = dir.resolve("site");
        FixtureSite.build(seeds, site);
    }

    private static void seed(Path seeds, String slug, String outlet, String date, String paragraph, String own) throws IOException {
        Files.writeString(seeds.resolve(slug + ".md"), "---\ntitle: Brug dicht (" + outlet + ")\ndate: " + date
                + "\nsource: " + outlet + "\nlanguage: nl\nslug: " + slug + "\n---\n\n" + paragraph
                + "\n\n" + own + "\n");
    }

    private static List<Element> diffs(String slug) {
        Document page = FixtureSite.parse(site.resolve("articles").resolve(slug + ".html"));
        return page.select("aside.shares details.diff");
    }

    @Test
    void eachCopyIsComparedWithTheRewriteNotWithItsTwin() {
        for (String slug : List.of("a-krant", "b-blad")) {
            List<Element> notes = diffs(slug);
            assertEquals(1, notes.size(), slug);
            assertTrue(notes.get(0).selectFirst("summary").text().contains("De Post"), notes.get(0).outerHtml());
            assertTrue(!notes.get(0).select("ins, del").isEmpty(), "the note shows the words that differ: " + notes.get(0).outerHtml());
        }
    }

    @Test
    void theRewritesNoteReadsFromItsOwnSide() {
        List<Element> notes = diffs("c-post");
        assertEquals(1, notes.size());
        Element note = notes.get(0);
        assertEquals(List.of("dinsdag", "nieuwe"), note.select("del").eachText(), "what the rewrite dropped: " + note.outerHtml());
        assertEquals(List.of("woensdag"), note.select("ins").eachText(), "what the rewrite added: " + note.outerHtml());
    }

    @Test
    void anOriginalsNoteReadsFromItsOwnSideToo() {
        Element note = diffs("a-krant").get(0);
        assertEquals(List.of("dinsdag", "nieuwe"), note.select("ins").eachText(), note.outerHtml());
        assertEquals(List.of("woensdag"), note.select("del").eachText(), note.outerHtml());
    }
}
