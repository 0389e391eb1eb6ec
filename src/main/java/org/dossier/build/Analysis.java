package org.dossier.build;

import java.util.Comparator;
import java.util.List;
import org.dossier.model.Article;
import org.dossier.model.Dossier;
import org.dossier.model.PartialDate;

/** The analysis stage: pure functions from the articles to the finished dossier, in dependency order. */
final class Analysis {
    /** Dossier order: dated articles by their earliest possible day, then undated ones; ties by id. */
    static final Comparator<Article> DOSSIER_ORDER = Comparator
            .comparing((Article a) -> a.date().isEmpty())
            .thenComparing(a -> a.date().orElse(PartialDate.ofYear(1)))
            .thenComparing(Article::id);

    private Analysis() {}

    static Dossier analyse(List<Article> articles) {
        List<Article> ordered = articles.stream().sorted(DOSSIER_ORDER).toList();
        return Dossier.of(ordered);
    }
}
