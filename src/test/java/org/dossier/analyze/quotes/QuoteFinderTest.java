package org.dossier.analyze.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteFinderTest {
    private static List<String> quotes(String text) {
        return QuoteFinder.find(text).stream().map(q -> text.substring(q.start(), q.end())).toList();
    }

    @Test
    void readsDutchAndEnglishQuotationStyles() {
        assertEquals(List.of("Dit is goed"), quotes("„Dit is goed”, zei hij."));
        assertEquals(List.of("We will win"), quotes("\"We will win,\" he said.".replace(",\"", "\"")));
        assertEquals(List.of("A deal"), quotes("He called it ‘A deal’, and left."));
        assertEquals(List.of("oui"), quotes("Il a dit «oui»."));
    }

    @Test
    void takesApostrophesForNoQuotes() {
        assertEquals(List.of(), quotes("Biden’s plan and Zelenski’s answer."));
    }

    @Test
    void keepsAQuoteInsideAQuoteInTheOuterOne() {
        assertEquals(List.of("Hij zei ‘nee’ tegen ons"), quotes("“Hij zei ‘nee’ tegen ons”, aldus de bond."));
    }
}
