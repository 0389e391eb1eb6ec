package org.dossier.analyze.entities;

import java.util.ArrayList;
import java.util.List;
import org.dossier.model.Article;
import org.dossier.model.Block;

/**
 * The names found in one article at its place in the dossier: what its occurrences are made from. Kept
 * results for an equal input hand merging, mentions and quote keys the same occurrences and spans as
 * before, which compare at once and need no new text cut out of the blocks.
 *
 * <p>Compared by value like any record, but hashed by the article's id and place only: hashing every name
 * of every article in each build would cost what keeping the occurrences saves, and the same article with
 * other names is rare (the article being edited).
 */
record ArticleOccurrences(int articleIndex, Article article, List<List<NameSpan>> namesByBlock) {
    static final Step<ArticleOccurrences, List<Occurrence>> STEP = new Step<>("occurrences of an article");

    ArticleOccurrences {
        namesByBlock = List.copyOf(namesByBlock);
    }

    /** The occurrences, in reading order. */
    List<Occurrence> occurrences() {
        List<Block> blocks = article.blocks();
        List<Occurrence> occurrences = new ArrayList<>();
        for (int b = 0; b < blocks.size(); b++) {
            for (NameSpan name : namesByBlock.get(b)) {
                occurrences.add(Occurrence.of(articleIndex, article.id(), b, blocks.get(b), name));
            }
        }
        return List.copyOf(occurrences);
    }

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof ArticleOccurrences other && articleIndex == other.articleIndex
                && article.equals(other.article) && namesByBlock.equals(other.namesByBlock);
    }

    @Override
    public int hashCode() {
        return 31 * article.id().hashCode() + articleIndex;
    }
}
