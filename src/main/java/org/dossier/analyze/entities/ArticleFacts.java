package org.dossier.analyze.entities;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dossier.model.Article;
import org.dossier.model.Block;

/**
 * What entity analysis reads off an article's blocks: their texts with the article's language, for the
 * recogniser; whether the block ids are distinct (see {@link ReadingOrder}); and which blocks hold an '@'
 * (see {@link Handles}).
 */
record ArticleFacts(List<LanguageText> texts, boolean distinctBlockIds, List<Block> withAt) {
    static ArticleFacts of(Article article) {
        Set<String> ids = new HashSet<>();
        boolean distinct = true;
        List<Block> blocks = article.blocks();
        for (Block b : blocks) distinct &= ids.add(b.id());
        List<LanguageText> texts = blocks.stream().map(b -> new LanguageText(b.text(), article.language())).toList();
        return new ArticleFacts(texts, distinct, blocks.stream().filter(b -> b.text().indexOf('@') >= 0).toList());
    }

    /**
     * The facts of each article of a collection, remembering those of the last collection's articles, so
     * that a rebuild reads only the articles that are not the very objects of the last build. Not
     * thread-safe: one collection at a time.
     */
    static final class Memory {
        private List<Article> last = List.of();
        private List<ArticleFacts> facts = List.of();

        List<ArticleFacts> of(List<Article> articles) {
            ArticleFacts[] now = new ArticleFacts[articles.size()];
            for (int a = 0; a < now.length; a++) {
                Article article = articles.get(a);
                now[a] = a < last.size() && last.get(a) == article ? facts.get(a) : ArticleFacts.of(article);
            }
            last = List.copyOf(articles);
            facts = List.of(now);
            return facts;
        }
    }
}
