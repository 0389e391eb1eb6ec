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

    @Test
    void aLowOpeningMarkClosesWithTheStraightMarkOfPastedCopy() {
        assertEquals(List.of("Het water staat ons tot aan de lippen,"),
                quotes("„Het water staat ons tot aan de lippen,\" zegt Eva Smit. Ze woont al dertig jaar aan de dijk."));
        assertEquals(List.of("Eerst de dijk", "dan de rest"),
                quotes("„Eerst de dijk\", zei ze, „dan de rest”."), "each low mark closes at its own quote's end");
    }

    @Test
    void readsStraightSingleQuotes() {
        assertEquals(List.of("We bouwen de sluis opnieuw op,"), quotes("'We bouwen de sluis opnieuw op,' zei wethouder Kees Bos."));
        assertEquals(List.of("The lock will reopen in May."), quotes("'The lock will reopen in May.' That was the promise."));
    }

    @Test
    void elisionsAndContractionsOpenNoQuote() {
        assertEquals(List.of(), quotes("'s Avonds gaat de sluis dicht, zo'n twee uur lang, en 't verkeer wacht."));
        assertEquals(List.of(), quotes("'s morgens staat er een rij; the skipper doesn't mind and the crew's boat waits."));
        assertEquals(List.of("Niet 's nachts,"), quotes("Hij zei: 'Niet 's nachts,' en ging naar huis."));
        assertEquals(List.of("we'll see"), quotes("She shrugged: 'we'll see' and walked off, as skippers' wives do."));
    }

    @Test
    void aPluralPossessiveDoesNotCloseASingleQuote() {
        assertEquals(List.of("The dockers' union will not sign this,"),
                quotes("'The dockers' union will not sign this,' said Ann Reed."));
        assertEquals(List.of("Kees' boot ligt nog vast."), quotes("Hij zei: 'Kees' boot ligt nog vast.' Daarna ging hij."));
        assertEquals(List.of("We want more jobs", "Now."),
                quotes("'We want more jobs' said the fitters. 'Now.'"), "an s before a word closes when the next quote opens first");
        assertEquals(List.of("The talks failed because of the owners"),
                quotes("'The talks failed because of the owners' stance was not the point."),
                "with no later close, the mark after the s closes");
    }
}
