package org.dossier.analyze.time;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dossier.model.Article;
import org.dossier.model.Entity;
import org.dossier.model.Event;
import org.dossier.model.PartialDate;
import org.dossier.model.Passage;

/**
 * The time analysis of a whole collection, in order: date the undated articles (from their content,
 * then from shared passages), find and resolve every temporal expression against its article's date,
 * let shared passages resolve what an article's own date cannot, make events, group them into the
 * timeline. Passages and entities come from the other analyses and may be empty.
 */
public final class TimelineAnalysis {
    private TimelineAnalysis() {}

    public static TimelineResult analyze(List<Article> articles, List<Passage> passages, List<Entity> entities) {
        return analyze(articles, passages, entities, TimeMemory.none());
    }

    /** The same result, with what each build works out kept for the next in {@code memory} (see {@link TimeMemory}). */
    public static TimelineResult analyze(List<Article> articles, List<Passage> passages, List<Entity> entities, TimeMemory memory) {
        return place(date(articles, passages, memory), passages, entities, memory);
    }

    /**
     * The first half, which needs no entities: the articles dated, and every temporal expression resolved,
     * with the dates shared passages lend. A build runs it while entities are still being found.
     */
    public static Dated date(List<Article> articles, List<Passage> passages, TimeMemory memory) {
        List<Article> dated = ArticleDating.redate(articles, passages, memory);
        Map<String, Optional<PartialDate>> references = new LinkedHashMap<>();
        for (Article a : dated) references.put(a.id(), a.date());
        return new Dated(dated, PassageLending.lend(EventExtraction.expressions(dated, memory), passages, references));
    }

    /** The second half: events naming the entities, grouped into the timeline. */
    public static TimelineResult place(Dated dated, List<Passage> passages, List<Entity> entities) {
        return place(dated, passages, entities, TimeMemory.none());
    }

    /** The same result, with each article's events and each date's entries made once for a series of builds in {@code memory}. */
    public static TimelineResult place(Dated dated, List<Passage> passages, List<Entity> entities, TimeMemory memory) {
        List<List<Event>> byDate = EventExtraction.byDate(dated.expressions(), entities, memory);
        List<Event> events = byDate.stream().flatMap(List::stream).toList();
        return new TimelineResult(dated.articles(), events, TimelineGrouping.group(byDate, passages, memory));
    }

    /** What {@link #date} found: the articles, dated, and their resolved expressions in reading order. */
    public record Dated(List<Article> articles, List<LocatedExpression> expressions) {
        public Dated {
            articles = List.copyOf(articles);
            expressions = List.copyOf(expressions);
        }
    }
}
