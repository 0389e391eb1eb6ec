package org.dossier.analyze.entities.reuse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.dossier.analyze.entities.Gazetteers;
import org.dossier.analyze.entities.LanguageText;
import org.dossier.analyze.entities.RuleBasedRecognizer;
import org.dossier.model.EntityType;
import org.junit.jupiter.api.Test;

/** The recogniser's readings kept from one collection to the next give what a fresh reading of each gives. */
class RecognitionMemoryTest {
    private static final RuleBasedRecognizer RECOGNIZER = RuleBasedRecognizer.of(Gazetteers.loadDefault());

    @Test
    void readsAChangingCollectionWithMemoryAsItWouldFresh() {
        LanguageText plain = new LanguageText("Volgens Grzybowski is het te laat voor Kremlin en Hoorn.", "nl");
        LanguageText minister = new LanguageText("Dat verklaarde minister Grzybowski.", "nl");
        LanguageText town = new LanguageText("De burgemeester van Hoorn was er ook.", "nl");
        LanguageText lowerCase = new LanguageText("Hij sprak over het kremlin en de hoorn des overvloeds.", "nl");
        LanguageText company = new LanguageText("Het bedrijf Grzybowski Holding groeit.", "nl");
        List<List<LanguageText>> collections = List.of(
                List.of(plain, town),
                List.of(plain, minister, town),            // a clear cue makes Grzybowski a person everywhere
                List.of(plain, minister, town, lowerCase), // kremlin and hoorn in lower case: no longer name-like
                List.of(plain, minister, town, lowerCase, company, company),
                List.of(plain, lowerCase),                 // the cues go away again
                List.of(plain, town, minister),
                List.of(plain, town));
        RecognitionMemory memory = new RecognitionMemory();
        for (List<LanguageText> texts : collections) {
            assertEquals(RECOGNIZER.recognizeAll(texts), memory.read(RECOGNIZER, texts), texts.toString());
        }
        assertEquals(EntityType.PERSON, memory.read(RECOGNIZER, collections.get(1)).get(0).get(0).type(),
                "the kept reading of the first text was read again with the new evidence");
    }

    @Test
    void withMemoryReadsAsAFreshRecognizerThroughRandomEditsOfTheCollection() {
        // The memory looks again only at the texts between the parts a collection shares with the last at its
        // start and end; repeats, moves and edits near those parts must still count every text.
        List<LanguageText> pool = List.of(
                new LanguageText("Volgens Grzybowski is het te laat voor het Kremlin.", "nl"),
                new LanguageText("Dat verklaarde minister Grzybowski in Warschau.", "nl"),
                new LanguageText("De burgemeester van Hoorn was er ook.", "nl"),
                new LanguageText("Hij sprak over het kremlin en de hoorn des overvloeds.", "nl"),
                new LanguageText("Het bedrijf Grzybowski Holding groeit.", "nl"),
                new LanguageText("Het plan kreeg de steun van Wablieft.", "nl"),
                new LanguageText("Wablieft is een krant, zei uitgever Wablieft.", "nl"),
                new LanguageText("President Joe Biden met the press.", "en"));
        java.util.Random random = new java.util.Random(42);
        List<LanguageText> texts = new java.util.ArrayList<>(pool.subList(0, 3));
        RecognitionMemory memory = new RecognitionMemory();
        for (int step = 0; step < 200; step++) {
            LanguageText any = pool.get(random.nextInt(pool.size()));
            int at = random.nextInt(texts.size() + 1);
            switch (random.nextInt(4)) {
                case 0 -> texts.add(at, any);
                case 1 -> { if (texts.size() > 1) texts.remove(Math.min(at, texts.size() - 1)); }
                case 2 -> texts.set(Math.min(at, texts.size() - 1), any);
                default -> texts.add(at, texts.get(random.nextInt(texts.size()))); // a repeat
            }
            assertEquals(RECOGNIZER.recognizeAll(texts), memory.read(RECOGNIZER, texts), texts.toString());
        }
    }
}
