package org.dossier.analyze.time;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
    private static final TimelineAnalysis FRESH = new TimelineAnalysis(TimelineSteps.FRESH);

    private final TimelineSteps steps;

    private TimelineAnalysis(TimelineSteps steps) {
        this.steps = Objects.requireNonNull(steps, "steps must not be null");
    }

    public static TimelineResult analyze(List<Article> articles, List<Passage> passages, List<Entity> entities) {
        return place(date(articles, passages), passages, entities);
    }

    /**
     * The first half, which needs no entities: the articles dated, and every temporal expression resolved,
     * with the dates shared passages lend. A build runs it while entities are still being found.
     */
    public static Dated date(List<Article> articles, List<Passage> passages) {
        return FRESH.dating(articles, passages);
    }

    /** The second half: events naming the entities, grouped into the timeline. */
    public static TimelineResult place(Dated dated, List<Passage> passages, List<Entity> entities) {
        return FRESH.placing(dated, passages, entities);
    }

    /**
     * The same analysis run through {@code steps}, which must answer as {@link TimelineSteps#FRESH} does: how
     * a rebuild reuses the steps of the last build (see {@code org.dossier.analyze.time.reuse}).
     */
    public static TimelineAnalysis through(TimelineSteps steps) {
        return new TimelineAnalysis(steps);
    }

    /** What {@link #date} gives, through this analysis's steps. */
    public Dated dating(List<Article> articles, List<Passage> passages) {
        List<Article> dated = ArticleDating.redate(articles, passages, steps);
        Map<String, Optional<PartialDate>> references = new LinkedHashMap<>();
        for (Article a : dated) references.put(a.id(), a.date());
        return new Dated(dated, PassageLending.lend(EventExtraction.expressions(dated, steps), passages, references));
    }

    /** What {@link #place} gives, through this analysis's steps. */
    public TimelineResult placing(Dated dated, List<Passage> passages, List<Entity> entities) {
        List<List<Event>> byDate = steps.eventsByDate(dated.expressions(), entities);
        List<Event> events = byDate.stream().flatMap(List::stream).toList();
        return new TimelineResult(dated.articles(), events, TimelineGrouping.group(byDate, passages, steps));
    }

    /** What {@link #date} found: the articles, dated, and their resolved expressions in reading order. */
    public record Dated(List<Article> articles, List<LocatedExpression> expressions) {
        public Dated {
            articles = List.copyOf(articles);
            expressions = List.copyOf(expressions);
        }
    }
}
