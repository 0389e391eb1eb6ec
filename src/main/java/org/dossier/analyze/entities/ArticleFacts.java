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
    /** Keyed by the article object: reading its blocks again costs about what comparing them would. */
    static final Step<Same<Article>, ArticleFacts> STEP = new Step<>("facts of an article");

    static ArticleFacts of(Article article) {
        Set<String> ids = new HashSet<>();
        boolean distinct = true;
        List<Block> blocks = article.blocks();
        for (Block b : blocks) distinct &= ids.add(b.id());
        List<LanguageText> texts = blocks.stream().map(b -> new LanguageText(b.text(), article.language())).toList();
        return new ArticleFacts(texts, distinct, blocks.stream().filter(b -> b.text().indexOf('@') >= 0).toList());
    }

}
