package org.dossier.analyze.quotes.reuse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 *
 * <p>When the entities equal last build's, in the same order (an edit that named no one anew), each
 * article's mentions and the entities they name are last build's too: an article's speech is then made
 * from last build's without gathering every mention of the collection again. Comparing the entities is
 * cheap where it matters: most are the very objects of last build, compared at once; the few the edited
 * article mentions are equal copies, compared mention by mention.
 */
public final class RememberedQuotes {
    private final Memo<ArticleSpeech, List<Quote>> quotes = Memo.remembering();
    private List<Entity> lastEntities = List.of();
    /** Last build's speech of each article, by article id. */
    private Map<String, ArticleSpeech> lastSpeech = Map.of();

    /** The quotes {@link QuoteAnalysis#find} finds, reading only the articles whose speech changed. */
    public List<Quote> find(List<Article> articles, List<Entity> entities) {
        List<ArticleSpeech> speech = speechOf(articles, entities);
        Map<String, ArticleSpeech> byArticle = new HashMap<>(speech.size() * 4 / 3 + 16);
        for (ArticleSpeech s : speech) byArticle.put(s.article().id(), s);
        lastEntities = entities;
        lastSpeech = byArticle;
        return speech.parallelStream()
                .map(s -> quotes.get(s, QuoteAnalysis::quotesOf))
                .flatMap(List::stream)
                .toList();
    }

    /** {@link QuoteAnalysis#speechOf}, from last build's where the entities are as they were. */
    private List<ArticleSpeech> speechOf(List<Article> articles, List<Entity> entities) {
        // Cheap though it compares the whole list: a record's equals answers at once for the very same
        // object, which all but the entities of an edited article are.
        if (!entities.equals(lastEntities)) return QuoteAnalysis.speechOf(articles, entities);
        List<ArticleSpeech> speech = new ArrayList<>(articles.size());
        for (Article article : articles) {
            ArticleSpeech last = lastSpeech.get(article.id());
            // An article last build did not have: its mentions are not known here.
            if (last == null) return QuoteAnalysis.speechOf(articles, entities);
            speech.add(last.article() == article ? last : new ArticleSpeech(article, last.mentions(), last.named()));
        }
        return speech;
    }

    /** Ends a build: keeps only the articles it asked about. */
    public void endBuild() {
        quotes.endBuild();
    }
}
