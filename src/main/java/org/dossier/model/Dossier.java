package org.dossier.model;

import java.util.List;
import java.util.Optional;

/**
 * The whole story: every article and everything analysis found across them. Rendering reads only this.
 * Articles are in dossier order (date, then id); every list is in a deterministic order.
 */
public record Dossier(
        List<Article> articles,
        List<Passage> passages,
        List<Entity> entities,
        List<Quote> quotes,
        List<Event> events) {
    public Dossier {
        articles = Checks.copy(articles, "articles");
        passages = Checks.copy(passages, "passages");
        entities = Checks.copy(entities, "entities");
        quotes = Checks.copy(quotes, "quotes");
        events = Checks.copy(events, "events");
    }

    /** A dossier of articles alone, before any analysis. */
    public static Dossier of(List<Article> articles) {
        return new Dossier(articles, List.of(), List.of(), List.of(), List.of());
    }

    public Optional<Article> article(String id) {
        return articles.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    public Dossier withPassages(List<Passage> newPassages) {
        return new Dossier(articles, newPassages, entities, quotes, events);
    }

    public Dossier withEntities(List<Entity> newEntities, List<Quote> newQuotes) {
        return new Dossier(articles, passages, newEntities, newQuotes, events);
    }

    public Dossier withEvents(List<Article> redatedArticles, List<Event> newEvents) {
        return new Dossier(redatedArticles, passages, entities, quotes, newEvents);
    }
}
