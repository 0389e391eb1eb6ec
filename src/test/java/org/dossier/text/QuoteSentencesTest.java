package org.dossier.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The sentences quotes are read in: stops inside a quotation end no sentence of the block around it. */
class QuoteSentencesTest {
    @Test
    void aStopInsideAQuotationEndsNoSentence() {
        String text = "He said: “We stop. Now”. Then he left. J. Smith stayed.";
        int open = text.indexOf('“');
        int close = text.indexOf('”');
        List<Integer> starts = Sentences.startsOutsideQuotes(text, List.of(new TextRange(open + 1, close)));
        assertEquals(List.of(0, text.indexOf("Then"), text.indexOf("J. Smith")), starts);
        assertEquals(text.indexOf("Then"), Sentences.sentenceStart(starts, text.indexOf("left")));
        assertEquals(text.indexOf("J. Smith"), Sentences.sentenceEnd(starts, text.indexOf("left"), text.length()));
    }

    @Test
    void withoutTheQuotationItsStopsEndSentences() {
        String text = "He said: “We stop. Now.” Then he left.";
        assertEquals(List.of(0, text.indexOf("Now"), text.indexOf("Then")), Sentences.startsOutsideQuotes(text, List.of()));
    }
}
