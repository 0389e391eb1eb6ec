package org.dossier.model;

import java.util.List;
import java.util.Optional;

/**
 * The whole story: every article and everything analysis found across them. Rendering reads only this.
 * Articles are in dossier order (date, then id); every list is in a deterministic order.
 *
 * @param passages text that two or more articles share
 * @param sharing  who shares how much with whom, and each passage's likely origin
 * @param diffs    for near-copy passages, what differs between each occurrence and another
 * @param entities people, organisations, places and other names, merged across spellings
 * @param quotes   quoted speech and its speaker
 * @param events   dated statements, one per article sentence and date
 * @param timeline events grouped into moments that one or more articles report
 * @param structure the network, discrepancies and repeated quotes, worked out from all of the above
 */
public record Dossier(
        List<Article> articles,
        List<Passage> passages,
        SharingSummary sharing,
        List<PassageDiff> diffs,
        List<Entity> entities,
        List<Quote> quotes,
        List<Event> events,
        List<TimelineEntry> timeline,
        Structure structure) {
    public Dossier {
        articles = Checks.copy(articles, "articles");
        passages = Checks.copy(passages, "passages");
        Checks.notNull(sharing, "sharing");
        diffs = Checks.copy(diffs, "diffs");
        entities = Checks.copy(entities, "entities");
        quotes = Checks.copy(quotes, "quotes");
        events = Checks.copy(events, "events");
        timeline = Checks.copy(timeline, "timeline");
        Checks.notNull(structure, "structure");
    }

    /** A dossier whose structure is not worked out yet. */
    public Dossier(List<Article> articles, List<Passage> passages, SharingSummary sharing, List<PassageDiff> diffs,
                   List<Entity> entities, List<Quote> quotes, List<Event> events, List<TimelineEntry> timeline) {
        this(articles, passages, sharing, diffs, entities, quotes, events, timeline, Structure.empty());
    }

    /** This dossier with its structure. */
    public Dossier withStructure(Structure newStructure) {
        return new Dossier(articles, passages, sharing, diffs, entities, quotes, events, timeline, newStructure);
    }

    /** A dossier of the given findings, without the derived summaries (sharing, diffs, timeline). */
    public Dossier(List<Article> articles, List<Passage> passages, List<Entity> entities, List<Quote> quotes,
                   List<Event> events) {
        this(articles, passages, SharingSummary.empty(), List.of(), entities, quotes, events, List.of());
    }

    /** A dossier of articles alone, before any analysis. */
    public static Dossier of(List<Article> articles) {
        return new Dossier(articles, List.of(), List.of(), List.of(), List.of());
    }

    public Optional<Article> article(String id) {
        return articles.stream().filter(a -> a.id().equals(id)).findFirst();
    }
}
