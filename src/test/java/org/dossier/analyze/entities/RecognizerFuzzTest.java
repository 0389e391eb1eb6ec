package org.dossier.analyze.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/** Fuzz target for the entity recogniser: any text in any language gives spans that lie inside it, never an exception. */
class RecognizerFuzzTest {
    private static final RuleBasedRecognizer RECOGNIZER = RuleBasedRecognizer.of(Gazetteers.loadDefault());

    @FuzzTest(maxDuration = "60s")
    void recognizer(FuzzedDataProvider data) {
        String language = data.pickValue(new String[] {"nl", "en", "de", "fr", "und"});
        String text = data.consumeRemainingAsString();
        for (NameSpan span : RECOGNIZER.recognize(text, language)) {
            assertTrue(span.start() >= 0 && span.start() < span.end() && span.end() <= text.length(), span::toString);
            assertEquals(text.substring(span.start(), span.end()), span.text());
        }
    }
}
