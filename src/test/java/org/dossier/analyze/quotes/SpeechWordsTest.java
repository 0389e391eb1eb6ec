package org.dossier.analyze.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.dossier.analyze.SeedArticles;
import org.dossier.model.Article;
import org.dossier.model.Block;
import org.junit.jupiter.api.Test;

/** The quick answer to whether a sentence reports speech is the pattern's answer. */
class SpeechWordsTest {
    @Test
    void findsTheCuesThePatternFinds() {
        for (String cue : List.of("Hij zei dat", "ZEI hij", "Poetin liet gisteren weten dat", "zo klonk het", "Volgens Rutte",
                "Biden said", "according to officials", "The minister told reporters:", "Hij zei:  ", "(zei)", "zei-ie")) {
            assertTrue(SpeechWords.cuesBefore(cue), cue);
        }
    }

    @Test
    void passesOverWordsThatOnlyHoldACue() {
        for (String none : List.of("De zeilboot", "saidx", "zei_", "zei2", "resaid it", "The minister left", "", "ZEİ")) {
            assertFalse(SpeechWords.cuesBefore(none), none);
            assertFalse(SpeechWords.CUE_BEFORE.matcher(none).find(), none);
        }
    }

    @Test
    void agreesWithThePatternOnEverySentenceOfTheSeeds() {
        List<String> texts = new ArrayList<>();
        for (Article article : SeedArticles.load()) {
            for (Block block : article.blocks()) {
                String text = block.text();
                texts.add(text);
                for (String part : text.split("(?<=[.!?:])\\s+")) texts.add(part);
            }
        }
        int cues = 0;
        for (String text : texts) {
            boolean expected = SpeechWords.CUE_BEFORE.matcher(text).find();
            assertEquals(expected, SpeechWords.cuesBefore(text), text);
            if (expected) cues++;
        }
        assertTrue(cues > 10 && cues < texts.size(), cues + " of " + texts.size());
    }
}
