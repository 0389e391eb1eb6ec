package org.dossier.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.dossier.model.Article;
import org.dossier.model.DateOrigin;
import org.dossier.model.PartialDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The byline of an HTML page is the article's author and date, not a paragraph of its text. */
class BylineTest {
    private static final String BODY_START = "Het stadsbestuur van Deventer houdt de oude brug over de rivier vanaf maandag dicht voor auto's.";

    @TempDir
    Path dir;

    private Article page(String byline) {
        String html = "<!doctype html><html lang=\"nl\"><head><title>Brug dicht</title></head><body><article>"
                + "<h1>Oude brug gaat dicht voor auto's</h1>" + byline
                + "<p>" + BODY_START + "</p>"
                + "<p>Fietsers en voetgangers mogen er nog wel over, zolang de herstelwerken niet begonnen zijn.</p>"
                + "</article></body></html>";
        return SeedFixtures.text(dir, "brug.html", html);
    }

    private static void startsWithTheStory(Article article) {
        String text = SeedFixtures.allText(article);
        assertTrue(text.startsWith(BODY_START), text);
    }

    @Test
    void aMarkedBylineGivesAuthorAndDateAndLeavesTheText() {
        Article article = page("<p class=\"byline\">Door Joris Mulder · vrijdag 23 februari 2024</p>");
        startsWithTheStory(article);
        assertFalse(SeedFixtures.allText(article).contains("Mulder"));
        assertEquals(Optional.of("Joris Mulder"), article.author());
        assertEquals(Optional.of(new PartialDate(2024, 2, 23)), article.date());
        assertEquals(DateOrigin.STATED, article.dateOrigin());
    }

    @Test
    void anAuthorLinkTakesTheShortLineAroundIt() {
        Article article = page("<p>By <a rel=\"author\" href=\"/staff/anna-smith\">Anna Smith</a> | March 4, 2023</p>");
        startsWithTheStory(article);
        assertEquals(Optional.of("Anna Smith"), article.author());
        assertEquals(Optional.of(new PartialDate(2023, 3, 4)), article.date());
    }

    @Test
    void anAddressAndAnAuthorClassAreBylinesToo() {
        startsWithTheStory(page("<address>Tekst: Sanne Visser</address>"));
        Article article = page("<div class=\"meta\"><span class=\"author\">Pieter Smit</span>, 2 mei 2021</div>");
        startsWithTheStory(article);
        assertEquals(Optional.of("Pieter Smit"), article.author());
    }

    @Test
    void aLeadingDoorLineWithoutMarkupIsTheByline() {
        Article article = page("<p>Door Lotte de Graaf</p>");
        startsWithTheStory(article);
        assertEquals(Optional.of("Lotte de Graaf"), article.author());
    }

    @Test
    void aSentenceThatOpensWithDoorOrByStaysInTheText() {
        String sentence = "By Tuesday, the council expects the first lorries to be turned away at the bridge.";
        Article article = page("<p>" + sentence + "</p>");
        assertTrue(SeedFixtures.allText(article).startsWith(sentence));
        assertEquals(Optional.empty(), article.author());
        Article dutch = page("<p>Door de storm van vorige week is de brug verzwakt.</p>");
        assertTrue(SeedFixtures.allText(dutch).startsWith("Door de storm"));
    }

    @Test
    void aLongParagraphThatNamesItsWriterStays() {
        String paragraph = "Onze verslaggever <a rel=\"author\" href=\"/j\">Joris Mulder</a> fietste er dinsdag nog overheen"
                + " en zag hoe de scheuren in het wegdek breder zijn geworden sinds de laatste inspectie van vorig jaar.";
        Article article = page("<p>" + paragraph + "</p>");
        assertTrue(SeedFixtures.allText(article).startsWith("Onze verslaggever Joris Mulder fietste"), SeedFixtures.allText(article));
    }

    @Test
    void theDateInTheHeadWinsOverTheBylines() {
        String html = "<!doctype html><html><head><meta property=\"article:published_time\" content=\"2024-02-22T20:00:00+01:00\">"
                + "<meta name=\"author\" content=\"Redactie Binnenland\"></head><body><article><h1>Brug</h1>"
                + "<p class=\"byline\">Door Joris Mulder · vrijdag 23 februari 2024</p><p>" + BODY_START + "</p></article></body></html>";
        Article article = SeedFixtures.text(dir, "head.html", html);
        assertEquals(Optional.of(new PartialDate(2024, 2, 22)), article.date());
        assertEquals(Optional.of("Redactie Binnenland"), article.author());
        startsWithTheStory(article);
    }
}
