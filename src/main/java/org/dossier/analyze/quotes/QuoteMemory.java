package org.dossier.analyze.quotes;

import java.util.List;
import java.util.Map;
import org.dossier.memo.Memo;
import org.dossier.model.Article;
import org.dossier.model.Mention;
import org.dossier.model.Quote;

/**
 * The quotes of each article from one build to the next. An article's quotes depend on the article, the
 * mentions in it, and the id, type and roles of the entities they name; that is the key.
 */
public final class QuoteMemory {
    /**
     * Everything the quotes of one article are made from; {@code named} holds only what the resolver reads.
     * Compared by value like a record, but hashed by the article's id and the number of its mentions only:
     * hashing the whole article and every mention in each build would cost much of what the memo saves,
     * and the same article with other mentions of the same number is rare (an edit that renames).
     */
    static final class Input {
        private final Article article;
        private final List<Mention> mentions;
        private final Map<String, Speaker> named;
        private final int hash;

        Input(Article article, List<Mention> mentions, Map<String, Speaker> named) {
            this.article = article;
            this.mentions = mentions;
            this.named = named;
            this.hash = 31 * article.id().hashCode() + mentions.size();
        }

        Article article() {
            return article;
        }

        List<Mention> mentions() {
            return mentions;
        }

        Map<String, Speaker> named() {
            return named;
        }

        @Override
        public boolean equals(Object o) {
            return o == this || o instanceof Input other && hash == other.hash && article.equals(other.article)
                    && mentions.equals(other.mentions) && named.equals(other.named);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

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
