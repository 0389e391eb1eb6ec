package org.dossier.analyze.time;

import java.util.List;
import org.dossier.memo.Memo;
import org.dossier.model.Article;
import org.dossier.model.Event;
import org.dossier.model.TimelineEntry;

/**
 * What time analysis keeps from one build to the next, each result keyed by everything it is made from:
 * the date forms found in each text (with their sentences and tenses), the articles dated from evidence,
 * each article's resolved expressions, each article's events, the timeline entries of each date, and the
 * blocks of each entity's mentions (by the entity object). A
 * rebuild after an edit then redoes only the articles and dates the edit touched, and hands the rest of
 * the build the same objects as the last one. {@link #none()} keeps nothing.
 */
public final class TimeMemory {
    final Memo<String, List<TimeExpressions.FormInSentence>> readings;
    final Memo<ArticleDating.Redating, Article> redated;
    final Memo<EventExtraction.ArticleAt, List<LocatedExpression>> located;
    final Memo<EventExtraction.ArticleEvents, List<Event>> events;
    final Memo<TimelineGrouping.SameDate, List<TimelineEntry>> entries;
    final Memo<EventExtraction.SameEntity, EventExtraction.MentionBlocks> mentionBlocks;

    private TimeMemory(boolean remembering) {
        this.readings = remembering ? Memo.remembering() : Memo.none();
        this.redated = remembering ? Memo.remembering() : Memo.none();
        this.located = remembering ? Memo.remembering() : Memo.none();
        this.events = remembering ? Memo.remembering() : Memo.none();
        this.entries = remembering ? Memo.remembering() : Memo.none();
        this.mentionBlocks = remembering ? Memo.remembering() : Memo.none();
    }

    public static TimeMemory remembering() {
        return new TimeMemory(true);
    }

    public static TimeMemory none() {
        return new TimeMemory(false);
    }

    /** Ends a build: forgets what it did not ask for. */
    public void endBuild() {
        readings.endBuild();
        redated.endBuild();
        located.endBuild();
        events.endBuild();
        entries.endBuild();
        mentionBlocks.endBuild();
    }
}
