package org.dossier.analyze.entities;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What {@link RuleBasedRecognizer#recognizeAll(List, RecognitionMemory)} keeps from one collection to the
 * next, so that a rebuild reads again only the texts that changed and the texts whose evidence changed:
 * <ul>
 *   <li>each text's first reading and its contribution to the evidence, by text and language;</li>
 *   <li>the evidence of the last collection as running counts, with the texts it counts;</li>
 *   <li>each text's second reading, with the evidence keys it asked about.</li>
 * </ul>
 * A fresh memory makes the recogniser read everything, so a one-off build and a rebuild run the same code.
 * Not thread-safe: one collection at a time.
 */
final class RecognitionMemory {
    record Text(String text, String language) {}

    record FirstReading(List<Token> tokens, List<NameSpan> names, EvidenceContribution contribution) {}

    /** A text's names as read with the collection's evidence, and the evidence keys that reading asked about. */
    record SecondReading(List<NameSpan> names, Set<String> reads) {}

    final Map<Text, FirstReading> firstReadings = new HashMap<>();
    EvidenceCounts counts = new EvidenceCounts();
    /** How many times each text is in the collection that {@link #counts} sums. */
    final Map<Text, Integer> counted = new HashMap<>();
    /** The second reading of every text in the collection that {@link #counts} sums, valid for that evidence. */
    final Map<Text, SecondReading> secondReadings = new HashMap<>();

    /** The gazetteers the readings were made with; a reading made with others is not valid. */
    Gazetteers gazetteers;

    /** Forgets everything; the next collection is read from scratch with {@code newGazetteers}. */
    void reset(Gazetteers newGazetteers) {
        firstReadings.clear();
        counts = new EvidenceCounts();
        counted.clear();
        secondReadings.clear();
        gazetteers = newGazetteers;
    }
}
