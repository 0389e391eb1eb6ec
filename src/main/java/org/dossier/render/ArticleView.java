package org.dossier.render;

import java.util.List;

/**
 * Everything an article page shows.
 *
 * @param sharedPassages how many shared passages the article's text marks
 * @param nearPassages   how many of them are near copies (marked in another colour than word-for-word copies)
 */
public record ArticleView(ArticleCard card, String source, String originalUrl, List<SectionView> sections,
                          int sharedPassages, int nearPassages) {
    public ArticleView {
        sections = List.copyOf(sections);
    }
}
