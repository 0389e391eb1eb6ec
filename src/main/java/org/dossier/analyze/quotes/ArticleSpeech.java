package org.dossier.analyze.quotes;

import java.util.List;
import java.util.Map;
import org.dossier.model.Article;
import org.dossier.model.Mention;

/**
 * Everything the quotes of one article are made from: the article, the mentions in it, and what the
 * speaker resolver reads of each entity they name (id, type and roles). The quotes of an article depend
 * on nothing else, so this is also the key under which they may be kept from one build to the next.
 *
 * <p>Compared by value like any record, but hashed by the article's id and the number of its mentions
 * only: hashing the whole article and every mention in each build would cost much of what keeping the
 * quotes saves, and the same article with other mentions of the same number is rare (an edit that renames).
 */
public record ArticleSpeech(Article article, List<Mention> mentions, Map<String, Speaker> named) {
    public ArticleSpeech {
        mentions = List.copyOf(mentions);
        named = Map.copyOf(named);
    }

    @Override
    public int hashCode() {
        return 31 * article.id().hashCode() + mentions.size();
    }

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof ArticleSpeech other && article.equals(other.article)
                && mentions.equals(other.mentions) && named.equals(other.named);
    }
}
