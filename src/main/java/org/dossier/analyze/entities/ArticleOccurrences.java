package org.dossier.analyze.entities;

import java.util.ArrayList;
import java.util.List;
import org.dossier.memo.Memo;
import org.dossier.model.Article;
import org.dossier.model.Block;

/**
 * The occurrences of the names found in each article, made once and kept while the article, its place
 * in the dossier and the names found in it stay as they were. A rebuild then hands merging, mentions and
 * quote keys the same occurrences and spans as the last build, which compare at once and need no new
 * text cut out of the blocks. {@link #none()} keeps nothing and makes them each time.
 */
final class ArticleOccurrences {
    private final Memo<Key, List<Occurrence>> memo;

    private ArticleOccurrences(Memo<Key, List<Occurrence>> memo) {
        this.memo = memo;
    }

    static ArticleOccurrences remembering() {
        return new ArticleOccurrences(Memo.remembering());
    }

    static ArticleOccurrences none() {
        return new ArticleOccurrences(Memo.none());
    }

    /** Keeps only the articles the build just finished asked about. */
    void endBuild() {
        memo.endBuild();
    }

    /** The occurrences of {@code namesByBlock} (the names found in each block, in block order) in reading order. */
    List<Occurrence> of(int articleIndex, Article article, List<List<NameSpan>> namesByBlock) {
        return memo.get(new Key(articleIndex, article, List.copyOf(namesByBlock)), ArticleOccurrences::make);
    }

    private static List<Occurrence> make(Key key) {
        List<Block> blocks = key.article.blocks();
        List<Occurrence> occurrences = new ArrayList<>();
        for (int b = 0; b < blocks.size(); b++) {
            for (NameSpan name : key.namesByBlock.get(b)) {
                occurrences.add(Occurrence.of(key.articleIndex, key.article.id(), b, blocks.get(b), name));
            }
        }
        return List.copyOf(occurrences);
    }

    /**
     * The whole input, compared by value. The hash reads only the article's id and place: hashing every
     * name of every article in each build would cost what keeping the occurrences saves, and the same
     * article with other names is rare (the article being edited).
     */
    private static final class Key {
        private final int articleIndex;
        private final Article article;
        private final List<List<NameSpan>> namesByBlock;

        Key(int articleIndex, Article article, List<List<NameSpan>> namesByBlock) {
            this.articleIndex = articleIndex;
            this.article = article;
            this.namesByBlock = namesByBlock;
        }

        @Override
        public boolean equals(Object o) {
            return o == this || o instanceof Key other && articleIndex == other.articleIndex
                    && article.equals(other.article) && namesByBlock.equals(other.namesByBlock);
        }

        @Override
        public int hashCode() {
            return 31 * article.id().hashCode() + articleIndex;
        }
    }
}
