package org.dossier.analyze.quotes.reuse;

import java.util.List;
import org.dossier.analyze.quotes.ArticleSpeech;
import org.dossier.analyze.quotes.QuoteAnalysis;
import org.dossier.memo.Memo;
import org.dossier.model.Article;
import org.dossier.model.Entity;
import org.dossier.model.Quote;

/**
 * {@link QuoteAnalysis#find} with the quotes of each article kept from one build to the next: an article
 * whose {@link ArticleSpeech} (its text, its mentions, and the entities they name) is as last build's is
 * not read again. The quotes are those {@link QuoteAnalysis#find} makes. Not thread-safe: one build at a time.
 */
public final class RememberedQuotes {
    private final Memo<ArticleSpeech, List<Quote>> quotes = Memo.remembering();

    /** The quotes {@link QuoteAnalysis#find} finds, reading only the articles whose speech changed. */
    public List<Quote> find(List<Article> articles, List<Entity> entities) {
        return QuoteAnalysis.speechOf(articles, entities).parallelStream()
                .map(speech -> quotes.get(speech, QuoteAnalysis::quotesOf))
                .flatMap(List::stream)
                .toList();
    }

    /** Ends a build: keeps only the articles it asked about. */
    public void endBuild() {
        quotes.endBuild();
    }
}
