package org.dossier.analyze.passages;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class BoilerplateTest {
    @Test
    void readMoreLinksCreditsAndBylinesAreBoilerplate() {
        assertTrue(boilerplate("Lees ook: Biden en Poetin praten volgende week in Genève over Oekraïne"));
        assertTrue(boilerplate("Read more: the talks in Geneva explained in five charts"));
        assertTrue(boilerplate("Foto: ANP / Robin van Lonkhuijsen"));
        assertTrue(boilerplate("Photo: John Smith/Reuters"));
        assertTrue(boilerplate("© Reuters 2022"));
        assertTrue(boilerplate("Door Jan de Vries en Petra Janssen"));
        assertTrue(boilerplate("By John Smith, Washington correspondent"));
    }

    @Test
    void sentencesThatOpenWithACueWordAreNot() {
        assertFalse(boilerplate("Door de storm vielen zaterdag twee doden in Limburg."));
        assertFalse(boilerplate("Source code of the app leaked on Monday, the company said."));
        assertFalse(boilerplate("More on that later, the minister told reporters in Brussels."));
        assertFalse(boilerplate("De Amerikaanse president sprak zijn steun uit voor de maatregelen."));
    }

    @Test
    void datelinesAndSignOffsAreCutFromTheContent() {
        WordTokens words = WordTokens.of("WASHINGTON (Reuters) - Shares rose sharply, the company said.\n Reuter");
        int[] range = Boilerplate.contentRange(words);
        assertEquals("shares rose sharply the company said", String.join(" ", Arrays.copyOfRange(words.norms, range[0], range[1])));
        WordTokens anp = WordTokens.of("Het kabinet valt. (ANP)");
        assertArrayEquals(new int[] {0, 3}, Boilerplate.contentRange(anp));
    }

    @Test
    void anAgencyNamedInTheSentenceStays() {
        WordTokens words = WordTokens.of("A spokesman confirmed the merger plan to Reuters");
        assertArrayEquals(new int[] {0, words.size()}, Boilerplate.contentRange(words));
    }

    private static boolean boilerplate(String text) {
        return Boilerplate.isBoilerplateBlock(WordTokens.of(text));
    }
}
