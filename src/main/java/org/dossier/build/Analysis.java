package org.dossier.build;

import java.util.Comparator;
import java.util.List;
import org.dossier.analyze.passages.PassageDiffs;
import org.dossier.analyze.passages.PassageFinder;
import org.dossier.analyze.passages.PassageSettings;
import org.dossier.analyze.passages.SharingSummaries;
import org.dossier.analyze.time.TimelineAnalysis;
import org.dossier.analyze.time.TimelineResult;
import org.dossier.model.Article;
import org.dossier.model.Dossier;
import org.dossier.model.Entity;
import org.dossier.model.Passage;
import org.dossier.model.PartialDate;
import org.dossier.model.Quote;

/**
 * The analysis stage: pure functions from the articles to the finished dossier, in dependency order.
 * Passages first (they lend dates), then entities (events name them), then time; the sharing summary
 * last, because its origins depend on the dates time analysis gives undated articles.
 */
final class Analysis {
    /** Dossier order: dated articles by their earliest possible day, then undated ones; ties by id. */
    static final Comparator<Article> DOSSIER_ORDER = Comparator
            .comparing((Article a) -> a.date().isEmpty())
            .thenComparing(a -> a.date().orElse(PartialDate.ofYear(1)))
            .thenComparing(Article::id);

    private Analysis() {}

    static Dossier analyse(List<Article> articles) {
        List<Article> ordered = articles.stream().sorted(DOSSIER_ORDER).toList();
        List<Passage> passages = new PassageFinder(PassageSettings.defaults()).find(ordered);
        List<Entity> entities = List.of();
        List<Quote> quotes = List.of();
        TimelineResult time = TimelineAnalysis.analyze(ordered, passages, entities);
        List<Article> dated = time.articles().stream().sorted(DOSSIER_ORDER).toList();
        return new Dossier(dated, passages, SharingSummaries.of(dated, passages), PassageDiffs.of(passages),
                entities, quotes, time.events(), time.entries());
    }
}
