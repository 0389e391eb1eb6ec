package org.dossier.analyze.quotes;

import java.util.List;
import java.util.Map;
import org.dossier.memo.Memo;
import org.dossier.model.Article;
import org.dossier.model.Entity;
import org.dossier.model.Mention;
import org.dossier.model.Quote;

/**
 * The quotes of each article from one build to the next. An article's quotes depend on the article, the
 * mentions in it, and the id, type and roles of the entities they name; that is the key.
 */
public final class QuoteMemory {
    /** Everything the quotes of one article are made from; {@code named} holds only what the resolver reads. */
    record Input(Article article, List<Mention> mentions, Map<String, Entity> named) {}

    final Memo<Input, List<Quote>> quotes;

    private QuoteMemory(Memo<Input, List<Quote>> quotes) {
        this.quotes = quotes;
    }

    public static QuoteMemory remembering() {
        return new QuoteMemory(Memo.remembering());
    }

    public static QuoteMemory none() {
        return new QuoteMemory(Memo.none());
    }

    /** Keeps only the articles the build just finished asked about. */
    public void endBuild() {
        quotes.endBuild();
    }
}
