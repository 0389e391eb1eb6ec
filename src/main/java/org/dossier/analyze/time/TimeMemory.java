package org.dossier.analyze.time;

import java.util.List;
import org.dossier.memo.Memo;

/**
 * What time analysis keeps from one build to the next: the date forms found in each text, with their
 * sentences and tenses, by the text alone. Resolving them against the article's date is cheap and is
 * done every build, so a changed article date needs no forgetting. {@link #none()} keeps nothing.
 */
public final class TimeMemory {
    final Memo<String, List<TimeExpressions.FormInSentence>> readings;

    private TimeMemory(Memo<String, List<TimeExpressions.FormInSentence>> readings) {
        this.readings = readings;
    }

    public static TimeMemory remembering() {
        return new TimeMemory(Memo.remembering());
    }

    public static TimeMemory none() {
        return new TimeMemory(Memo.none());
    }

    /** Ends a build: forgets the texts it did not read. */
    public void endBuild() {
        readings.endBuild();
    }
}
