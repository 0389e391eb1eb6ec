package org.dossier.analyze.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dossier.analyze.entities.EntityAnalysis;
import org.dossier.analyze.entities.EntityResult;
import org.dossier.analyze.entities.Gazetteers;
import org.dossier.model.Article;
import org.dossier.model.Block;
import org.dossier.model.BlockKind;
import org.dossier.model.DateOrigin;
import org.dossier.model.Entity;
import org.dossier.model.EntityCatalog;
import org.dossier.model.Quote;
import org.dossier.model.Section;
import org.dossier.model.SourceLocation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Who said a quote, in the ways Dutch and English copy attribute it; articles written for this test. */
class SpeakerAttributionTest {
    private static EntityResult result;
    private static List<Quote> quotes;
    private static Map<String, Entity> entities;

    @BeforeAll
    static void analyse() {
        List<Article> articles = List.of(
                article("sluis", "nl",
                        paragraph("De sluis bij Zutphen blijft nog zeker een maand dicht voor de scheepvaart, meldt Rijkswaterstaat."),
                        paragraph("„Voor de schippers is dat een zware klap\", zegt havenmeester Tom Bakker. Hij ziet de rij wachtende schepen elke dag langer worden."),
                        paragraph("'We laten de schippers niet aan hun lot over,' zei wethouder Kees Bos dinsdag in de raad."),
                        paragraph("„Geef ons dan tenminste een datum”, riep Tom Bakker vanaf de publieke tribune."),
                        paragraph("Burgemeester Pieter van Dam sprak daarna de raad toe."),
                        quote("Voor de zomer vaart hier weer elk schip door de sluis."),
                        paragraph("— dat beloofde burgemeester Pieter van Dam aan het eind van de vergadering.")),
                article("lock", "en",
                        paragraph("The lock near Zutphen will stay closed for at least another month, officials said on Tuesday."),
                        paragraph("\"Give us a date at least,\" shouted harbour master Tom Bakker from the public gallery."),
                        paragraph("'Nobody will be left behind,' whispered alderman Kees Bos to a colleague."),
                        quote("Every ship will pass the lock again before the summer."),
                        paragraph("— Mayor Pieter van Dam")));
        result = EntityAnalysis.analyze(articles, EntityCatalog.empty(), Gazetteers.loadDefault());
        quotes = QuoteAnalysis.find(articles, result.entities());
        entities = result.entities().stream().collect(Collectors.toMap(Entity::id, Function.identity()));
    }

    private static Quote quote(String article, String words) {
        List<Quote> found = quotes.stream()
                .filter(q -> q.span().article().equals(article) && q.span().text().startsWith(words)).toList();
        assertEquals(1, found.size(), "quotes of " + article + " starting with '" + words + "' in " + quotes);
        return found.get(0);
    }

    private static void saidBy(String article, String words, String name) {
        Optional<String> speaker = quote(article, words).speaker().map(id -> entities.get(id).name());
        assertEquals(Optional.of(name), speaker, words);
    }

    @Test
    void aLowOpeningMarkWithAStraightClosingMarkIsAQuoteWithItsSpeaker() {
        saidBy("sluis", "Voor de schippers is dat een zware klap", "Tom Bakker");
    }

    @Test
    void straightSingleQuotesAreQuotes() {
        saidBy("sluis", "We laten de schippers niet aan hun lot over", "Kees Bos");
        saidBy("lock", "Nobody will be left behind", "Kees Bos");
    }

    @Test
    void verbsOfManneredSpeechAttributeToo() {
        saidBy("sluis", "Geef ons dan tenminste een datum", "Tom Bakker");
        saidBy("lock", "Give us a date at least", "Tom Bakker");
    }

    @Test
    void aBlockQuoteIsSignedByTheLineUnderIt() {
        Quote dutch = quote("sluis", "Voor de zomer vaart hier weer elk schip door de sluis.");
        assertEquals("Voor de zomer vaart hier weer elk schip door de sluis.", dutch.span().text());
        saidBy("sluis", "Voor de zomer vaart hier weer elk schip", "Pieter van Dam");
        saidBy("lock", "Every ship will pass the lock again", "Pieter van Dam");
    }

    @Test
    void anOrdinaryParagraphWithoutMarksIsNoQuote() {
        assertTrue(quotes.stream().noneMatch(q -> q.span().text().startsWith("De sluis bij Zutphen")));
        assertTrue(quotes.stream().noneMatch(q -> q.span().text().startsWith("The lock near Zutphen")));
    }

    private static Block paragraph(String text) {
        return new Block("p" + text.hashCode(), BlockKind.PARAGRAPH, text, text, SourceLocation.of("x.md"));
    }

    private static Block quote(String text) {
        return new Block("q" + text.hashCode(), BlockKind.QUOTE, text, text, SourceLocation.of("x.md"));
    }

    private static Article article(String id, String language, Block... blocks) {
        return new Article(id, id + ".md", id, Optional.empty(), DateOrigin.UNKNOWN, language, Optional.empty(), Optional.empty(),
                Optional.empty(), List.of(new Section("s", new ArrayList<>(List.of(blocks)))));
    }
}
