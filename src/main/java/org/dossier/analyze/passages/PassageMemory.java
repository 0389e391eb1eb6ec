package org.dossier.analyze.passages;

import org.dossier.memo.Memo;

/**
 * What passage finding keeps from one build to the next: each prose text read into normalised words,
 * with its boilerplate judged and the stretch that carries content, by the text alone. Matching the words
 * across the collection is done every build. {@link #none()} keeps nothing.
 */
public final class PassageMemory {
    final Memo<String, ProseReading> readings;

    private PassageMemory(Memo<String, ProseReading> readings) {
        this.readings = readings;
    }

    public static PassageMemory remembering() {
        return new PassageMemory(Memo.remembering());
    }

    public static PassageMemory none() {
        return new PassageMemory(Memo.none());
    }

    /** Ends a build: forgets the texts it did not read. */
    public void endBuild() {
        readings.endBuild();
    }
}
