package org.dossier.analyze.entities.reuse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dossier.analyze.entities.CollectionEvidence;
import org.dossier.analyze.entities.EvidenceCounts;
import org.dossier.analyze.entities.FirstReading;
import org.dossier.analyze.entities.Gazetteers;
import org.dossier.analyze.entities.LanguageText;
import org.dossier.analyze.entities.NameSpan;
import org.dossier.analyze.entities.RuleBasedRecognizer;
import org.dossier.analyze.entities.SecondReading;

/**
 * {@link RuleBasedRecognizer#recognizeAll} brought up to date from one collection to the next, so that a
 * rebuild reads again only the texts that changed and the texts whose evidence changed (the evidence is
 * the sum of the texts' contributions, so texts that leave or come are taken away or added).
 * For each distinct text, by text and language, it keeps a {@link Kept}:
 * <ul>
 *   <li>the text's first reading and its contribution to the evidence;</li>
 *   <li>how many times the last collection had the text, which is how often {@link #counts} counts it;</li>
 *   <li>the text's second reading, with the evidence keys it asked about.</li>
 * </ul>
 * All of a text's state sits in one entry. It also keeps the last collection's entries in order, so that a
 * new collection looks up and counts again only the texts where it differs from the last one. A fresh
 * memory makes the recogniser read everything, so a one-off build and a rebuild run the same code. Not
 * thread-safe: one collection at a time.
 */
final class RecognitionMemory {
    /** Equality and hash written out: a rebuild looks up every text of the collection by it. */
    record Text(String text, String language) {
        @Override
        public boolean equals(Object o) {
            return o == this || o instanceof Text other && text.equals(other.text) && language.equals(other.language);
        }

        @Override
        public int hashCode() {
            return 31 * text.hashCode() + language.hashCode();
        }

        /** Whether this is the text of {@code other}. */
        boolean is(LanguageText other) {
            return text.equals(other.text()) && language.equals(other.language());
        }

        LanguageText asLanguageText() {
            return new LanguageText(text, language);
        }
    }

    /** Everything kept about one distinct text. */
    static final class Kept {
        private final Text text;
        private FirstReading first;
        private SecondReading second;
        /** How many times {@link #counts} counts this text's contribution. */
        private int counted;
        /** How many times the collection being brought in has this text. */
        private int times;

        private Kept(Text text) {
            this.text = text;
        }

        Text text() {
            return text;
        }

        FirstReading firstReading() {
            return first;
        }

        void remember(FirstReading reading) {
            first = reading;
        }

        /** The second reading, valid for the evidence of the collection last brought in. */
        SecondReading secondReading() {
            return second;
        }

        void remember(SecondReading reading) {
            second = reading;
        }
    }

    private final Map<Text, Kept> kept = new HashMap<>();
    /** The entries of the collection last collected, in order; {@link Kept#times} counts them. */
    private List<Kept> last = List.of();
    /** The entries whose times changed since the last {@link #advance()}: the texts that left or came. */
    private final Set<Kept> moved = new java.util.LinkedHashSet<>();
    /** Whether texts of an earlier collection were kept, with their second readings, when this one came. */
    private boolean keptReadings;
    private EvidenceCounts counts = new EvidenceCounts();
    /** The gazetteers the readings were made with; a reading made with others is not valid. */
    private Gazetteers gazetteers;

    /**
     * The names of each text as {@code recognizer} reads the collection: a text read before is not read
     * again in the first reading, and its second reading is kept unless the evidence changed on a key
     * that reading asked about. The result is the same as {@link RuleBasedRecognizer#recognizeAll}'s.
     */
    List<List<NameSpan>> read(RuleBasedRecognizer recognizer, List<LanguageText> texts) {
        useGazetteers(recognizer.gazetteers());
        try {
            return readAgain(recognizer, texts);
        } catch (RuntimeException | Error e) {
            reset(recognizer.gazetteers()); // half-updated counts would answer wrongly next time
            throw e;
        }
    }

    private List<List<NameSpan>> readAgain(RuleBasedRecognizer recognizer, List<LanguageText> texts) {
        List<Kept> collection = collect(texts);

        List<Kept> unread = unread();
        List<FirstReading> read = unread.parallelStream().map(k -> recognizer.firstReading(k.text().asLanguageText())).toList();
        for (int i = 0; i < unread.size(); i++) unread.get(i).remember(read.get(i));

        Set<String> changed = advance();
        CollectionEvidence evidence = evidence();
        List<Kept> stale = needingSecondReading(changed);
        List<SecondReading> again = stale.parallelStream()
                .map(k -> recognizer.secondReading(k.text().asLanguageText(), k.firstReading(), evidence)).toList();
        for (int i = 0; i < stale.size(); i++) stale.get(i).remember(again.get(i));
        return collection.stream().map(k -> k.secondReading().names()).toList();
    }

    /** Forgets everything unless the readings were made with these very gazetteers. */
    void useGazetteers(Gazetteers current) {
        if (gazetteers != current) reset(current);
    }

    /** Forgets everything; the next collection is read from scratch with {@code newGazetteers}. */
    void reset(Gazetteers newGazetteers) {
        kept.clear();
        last = List.of();
        moved.clear();
        counts = new EvidenceCounts();
        gazetteers = newGazetteers;
    }

    /**
     * Takes in a new collection, repeats included: the entry of each text, in order (repeats share one),
     * new entries for texts not seen before. {@link #advance()} then brings the evidence to it. Only the
     * texts between the part the collection shares with the last one at its start and that at its end are
     * looked up and counted again: an edit changes the texts of one article.
     */
    List<Kept> collect(List<LanguageText> collection) {
        keptReadings = !last.isEmpty();
        int start = 0;
        int max = Math.min(collection.size(), last.size());
        while (start < max && last.get(start).text.is(collection.get(start))) start++;
        int end = 0; // texts shared at the end, after those shared at the start
        while (end < max - start && last.get(last.size() - 1 - end).text.is(collection.get(collection.size() - 1 - end))) end++;
        for (Kept k : last.subList(start, last.size() - end)) {
            k.times--;
            moved.add(k);
        }
        List<Kept> entries = new ArrayList<>(collection.size());
        entries.addAll(last.subList(0, start));
        for (LanguageText text : collection.subList(start, collection.size() - end)) {
            Kept k = kept.computeIfAbsent(new Text(text.text(), text.language()), Kept::new);
            k.times++;
            moved.add(k);
            entries.add(k);
        }
        entries.addAll(last.subList(last.size() - end, last.size()));
        last = entries;
        return entries;
    }

    /** The texts of the collection that have no first reading yet, each once. */
    List<Kept> unread() {
        return moved.stream().filter(k -> k.times > 0 && k.first == null).toList();
    }

    /**
     * Makes the counts those of the collection last {@linkplain #collect collected} (every text must have
     * its first reading), adding and taking away only the texts that differ from the last one, and forgets
     * the texts no longer in it. Returns the evidence keys whose answer changed, which are what a kept
     * second reading may have asked about.
     */
    Set<String> advance() {
        // With no second reading kept, nothing asks which answers changed: skip noting them.
        Map<String, EvidenceCounts.Answer> before = keptReadings ? new HashMap<>() : null;
        for (Kept k : moved) {
            int delta = k.times - k.counted;
            if (delta != 0) counts.add(k.first.contribution(), delta, before);
            k.counted = k.times;
            if (k.times == 0) kept.remove(k.text);
        }
        return before == null ? Set.of() : counts.changedSince(before);
    }

    /** The evidence of the collection last given to {@link #advance}. */
    CollectionEvidence evidence() {
        return CollectionEvidence.of(counts);
    }

    /**
     * The texts of the collection with no second reading, or one that asked about a key whose answer
     * changed. Only the texts that came in have no second reading; the others are looked at only when
     * some answer changed. Ends the collection's coming in.
     */
    List<Kept> needingSecondReading(Set<String> changed) {
        List<Kept> stale = changed.isEmpty()
                ? moved.stream().filter(k -> k.times > 0 && k.second == null).toList()
                : kept.values().stream().filter(k -> k.second == null || k.second.reads().stream().anyMatch(changed::contains)).toList();
        moved.clear();
        return stale;
    }
}
