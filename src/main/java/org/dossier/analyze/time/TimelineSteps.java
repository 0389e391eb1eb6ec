package org.dossier.analyze.time;

import java.util.List;
import java.util.Set;
import org.dossier.model.Article;
import org.dossier.model.DateOrigin;
import org.dossier.model.Entity;
import org.dossier.model.Event;
import org.dossier.model.PartialDate;
import org.dossier.model.TimelineEntry;

/**
 * The steps of the time analysis that read one text, one article, one entity or one date, each a pure
 * function of its arguments. The analysis runs through them; {@link #FRESH} works each out. Another
 * implementation may answer a step with a result it worked out before for equal arguments (a rebuild
 * does, see {@code org.dossier.analyze.time.reuse}); it must answer exactly as {@link #FRESH} does.
 */
public interface TimelineSteps {
    /** Every step worked out afresh. */
    TimelineSteps FRESH = new TimelineSteps() {};

    /** The date forms of a block's text, each read in its sentence: all but their resolution. */
    default List<TimeExpressions.FormInSentence> forms(String text) {
        return TimeExpressions.read(text);
    }

    /** An undated article with the date evidence gave it. */
    default Article dated(Article article, PartialDate date, DateOrigin origin) {
        return article.withDate(date, origin);
    }

    /** The expressions of the article at {@code index} of the analysed list, resolved against its date, in reading order. */
    default List<LocatedExpression> expressions(int index, Article article) {
        return EventExtraction.expressionsOf(index, article, this);
    }

    /** The block of each of an entity's mentions. */
    default EventExtraction.MentionBlocks mentionBlocks(Entity entity) {
        return EventExtraction.MentionBlocks.of(entity);
    }

    /**
     * The events of the resolved expressions (in reading order) naming the entities, those of one date (and
     * end) together, the dates in chronological order.
     */
    default List<List<Event>> eventsByDate(List<LocatedExpression> expressions, List<Entity> entities) {
        return EventExtraction.byDate(expressions, entities, this);
    }

    /** One article's events, from its resolved expressions in reading order and the entities each one's sentence mentions. */
    default List<Event> events(List<LocatedExpression> expressions, List<List<String>> mentioned) {
        return EventExtraction.eventsOf(expressions, mentioned);
    }

    /** The timeline entries of one date's events, in order, given the passages each one's sentence stands in. */
    default List<TimelineEntry> entries(List<Event> sameDate, List<Set<String>> passagesOf) {
        return TimelineGrouping.entriesOf(sameDate, passagesOf);
    }
}
