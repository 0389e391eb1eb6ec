package org.dossier.analyze.time;

import org.dossier.model.Block;

/**
 * A temporal expression in one block of one article.
 *
 * @param article    the article's id
 * @param articleIndex the article's position in the analysed list, for dossier order
 * @param block      the block holding it
 * @param blockIndex the block's position in its article
 */
public record LocatedExpression(String article, int articleIndex, Block block, int blockIndex, TimeExpression expression) {
    public LocatedExpression {
        if (article == null || block == null || expression == null) throw new NullPointerException("located expression parts must not be null");
    }

    LocatedExpression with(TimeExpression other) {
        return new LocatedExpression(article, articleIndex, block, blockIndex, other);
    }
}
