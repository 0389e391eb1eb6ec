package org.dossier.render;

import java.util.List;

/** Everything an article page shows. */
public record ArticleView(ArticleCard card, String source, String originalUrl, List<SectionView> sections,
                          int sharedPassages) {
    public ArticleView {
        sections = List.copyOf(sections);
    }
}
