package org.dossier.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleCardTest {
    @Test
    void countsWordsAsSplittingOnWhiteSpaceDoes() throws Exception {
        List<String> samples = List.of("", " ", "   ", "één", "twee woorden", " voor", "na ", "\tvoor en na\n",
                "a\u000Bb\fc\rd", "niet\u00A0gesplitst", "zin.  Twee  spaties", "\n\n");
        for (String text : samples) {
            assertEquals(text.split("\\s+").length, ArticleCard.wordCount(text), () -> "for '" + text + "'");
        }
        for (Path seed : List.of(Path.of("seeds/000_612085df6fbf3f80.txt"), Path.of("seeds/003_70f3edb694600a6b.txt"))) {
            String text = Files.readString(seed);
            assertEquals(text.split("\\s+").length, ArticleCard.wordCount(text));
        }
    }
}
