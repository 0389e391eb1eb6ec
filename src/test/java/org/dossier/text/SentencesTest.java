package org.dossier.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentencesTest {
    private static List<String> sentences(String text) {
        return Sentences.split(text).stream().map(r -> r.of(text)).toList();
    }

    @Test
    void splitsAtFullStopsBeforeCapitals() {
        assertEquals(List.of("Poetin was tevreden.", "“De discussie was openhartig”, zei een woordvoerder."),
                sentences("Poetin was tevreden. “De discussie was openhartig”, zei een woordvoerder."));
    }

    @Test
    void splitsWhereCopyPasteLostTheSpace() {
        assertEquals(List.of("Het Westen vreest een interventie van Moskou tegen Kiev.", "De Oekraïense president sprak."),
                sentences("Het Westen vreest een interventie van Moskou tegen Kiev.De Oekraïense president sprak."));
    }

    @Test
    void keepsAbbreviationsInitialsAndNumbersInside() {
        assertEquals(List.of("Dhr. J. Biden sprak o.a. met 2.500 mensen."), sentences("Dhr. J. Biden sprak o.a. met 2.500 mensen."));
        assertEquals(List.of("The U.S. and Russia met on Jan. 10 in Geneva."), sentences("The U.S. and Russia met on Jan. 10 in Geneva."));
    }

    @Test
    void keepsTheClosingQuoteWithItsSentence() {
        assertEquals(List.of("Hij zei: “Het is klaar.”", "Daarna vertrok hij."), sentences("Hij zei: “Het is klaar.” Daarna vertrok hij."));
    }
}
