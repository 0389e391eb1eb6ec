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

    /** The same result, with each text's date forms read once for a series of builds in {@code memory}. */
    public static TimelineResult analyze(List<Article> articles, List<Passage> passages, List<Entity> entities, TimeMemory memory) {
        List<Article> dated = ArticleDating.redate(articles, passages, memory);
        Map<String, Optional<PartialDate>> references = new LinkedHashMap<>();
        for (Article a : dated) references.put(a.id(), a.date());
        List<LocatedExpression> expressions = PassageLending.lend(EventExtraction.expressions(dated, memory), passages, references);
        List<Event> events = EventExtraction.events(expressions, entities);
        return new TimelineResult(dated, events, TimelineGrouping.group(events, passages));
    }
}
