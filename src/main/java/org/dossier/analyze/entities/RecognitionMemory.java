package org.dossier.analyze.entities;

import java.util.Collection;
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

    private final Map<Text, FirstReading> firstReadings = new HashMap<>();
    private EvidenceCounts counts = new EvidenceCounts();
    /** How many times each text is in the collection that {@link #counts} sums. */
    private final Map<Text, Integer> counted = new HashMap<>();
    /** The second reading of every text in the collection that {@link #counts} sums, valid for that evidence. */
    private final Map<Text, SecondReading> secondReadings = new HashMap<>();
    /** The gazetteers the readings were made with; a reading made with others is not valid. */
    private Gazetteers gazetteers;

    /** Forgets everything unless the readings were made with these very gazetteers. */
    void useGazetteers(Gazetteers current) {
        if (gazetteers != current) reset(current);
    }

    /** Forgets everything; the next collection is read from scratch with {@code newGazetteers}. */
    void reset(Gazetteers newGazetteers) {
        firstReadings.clear();
        counts = new EvidenceCounts();
        counted.clear();
        secondReadings.clear();
        gazetteers = newGazetteers;
    }

    /** The texts among {@code texts} that have no first reading yet. */
    List<Text> unread(Collection<Text> texts) {
        return texts.stream().filter(t -> !firstReadings.containsKey(t)).toList();
    }

    void remember(Text text, FirstReading reading) {
        firstReadings.put(text, reading);
    }

    FirstReading firstReading(Text text) {
        return firstReadings.get(text);
    }

    /**
     * Makes the counts those of a new collection (each text with the times it occurs; every text must
     * have its first reading), adding and taking away only the texts that differ from the last one, and
     * forgets the readings of texts no longer in it. Returns the evidence keys whose answer changed,
     * which are what a kept second reading may have asked about.
     */
    Set<String> advanceTo(Map<Text, Integer> collection) {
        // With no second reading kept, nothing asks which answers changed: skip noting them.
        Map<String, EvidenceCounts.Answer> before = secondReadings.isEmpty() ? null : new HashMap<>();
        collection.forEach((text, times) -> {
            int delta = times - counted.getOrDefault(text, 0);
            if (delta != 0) counts.add(firstReadings.get(text).contribution(), delta, before);
        });
        counted.forEach((text, times) -> {
            if (!collection.containsKey(text)) counts.add(firstReadings.get(text).contribution(), -times, before);
        });
        counted.clear();
        counted.putAll(collection);
        firstReadings.keySet().retainAll(collection.keySet());
        secondReadings.keySet().retainAll(collection.keySet());
        return before == null ? Set.of() : counts.changedSince(before);
    }

    /** The evidence of the collection last given to {@link #advanceTo}. */
    CollectionEvidence evidence() {
        return CollectionEvidence.of(counts);
    }

    /** Whether a text has no second reading, or one that asked about a key whose answer changed. */
    boolean needsSecondReading(Text text, Set<String> changed) {
        SecondReading kept = secondReadings.get(text);
        return kept == null || !changed.isEmpty() && kept.reads().stream().anyMatch(changed::contains);
    }

    void remember(Text text, SecondReading reading) {
        secondReadings.put(text, reading);
    }

    SecondReading secondReading(Text text) {
        return secondReadings.get(text);
    }
}
