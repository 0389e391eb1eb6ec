package org.dossier.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The card's word count and lead, written without regular expressions, give what the regex gave. */
class ArticleCardTest {
    private static List<String> samples() throws Exception {
        List<String> samples = new ArrayList<>(List.of("", " ", "   ", "één", "twee woorden", " voor", "na ", "\tvoor en na\n",
                "a\u000Bb\fc\rd", "niet\u00A0gesplitst", "zin.  Twee  spaties", "\n\n"));
        String many = "woord ".repeat(39);
        samples.addAll(List.of(many + "laatste", many + "veertig een", " " + many + "veertig een", many + "veertig\n\neen  ",
                "\t" + "x ".repeat(60)));
        for (String seed : List.of("seeds/000_612085df6fbf3f80.txt", "seeds/003_70f3edb694600a6b.txt")) {
            String text = Files.readString(Path.of(seed));
            samples.add(text);
            samples.addAll(Arrays.asList(text.split("\n\n")));
        }
        return samples;
    }

    @Test
    void countsWordsAsSplittingOnWhiteSpaceDoes() throws Exception {
        for (String text : samples()) {
            assertEquals(text.split("\\s+").length, ArticleCard.wordCount(text), () -> "for '" + text + "'");
        }
    }

    @Test
    void shortensTheLeadAsSplittingOnWhiteSpaceDid() throws Exception {
        for (String text : samples()) {
            String[] words = text.split("\\s+");
            String expected = words.length <= 40 ? text : String.join(" ", Arrays.copyOf(words, 40)) + " …";
            assertEquals(expected, ArticleCard.shorten(text), () -> "for '" + text + "'");
        }
    }
}
