package org.dossier.analyze.time;

import java.util.List;
import org.dossier.model.Article;
import org.dossier.model.Event;
import org.dossier.model.TimelineEntry;

/**
 * What time analysis gives the dossier.
 *
 * @param articles the articles in the order given, undated ones dated from content or a shared passage
 * @param events   every dated event, in chronological order
 * @param entries  the timeline: events grouped into one entry per happening, in chronological order
 */
public record TimelineResult(List<Article> articles, List<Event> events, List<TimelineEntry> entries) {
    public TimelineResult {
        articles = List.copyOf(articles);
        events = List.copyOf(events);
        entries = List.copyOf(entries);
    }
}
