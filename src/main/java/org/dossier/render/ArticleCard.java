package org.dossier.render;

import org.dossier.model.Article;
import org.dossier.model.BlockKind;
import org.dossier.model.DateOrigin;

/**
 * An article as lists show it. Strings are empty when unknown, so templates test {@code is empty}.
 *
 * @param url       relative to the site root; templates prefix it with {@code root}
 * @param dateNote  how the date was found when the seed did not state it
 * @param lead      the first paragraph, cut to about 40 words
 */
public record ArticleCard(String id, String url, String title, String dateIso, String dateLabel, String dateNote,
                          String outlet, String author, String language, String lead, int wordCount) {

    private static final int LEAD_WORDS = 40;

    public static ArticleCard of(Article article) {
        String lead = article.blockStream().filter(b -> b.kind() == BlockKind.PARAGRAPH).findFirst()
                .map(b -> shorten(b.text())).orElse("");
        int words = article.blockStream().mapToInt(b -> b.text().split("\\s+").length).sum();
        return new ArticleCard(
                article.id(),
                SiteLinks.article(article.id()),
                article.title(),
                article.date().map(d -> d.iso()).orElse(""),
                article.date().map(DateLabels::of).orElse("Undated"),
                dateNote(article.dateOrigin()),
                article.outlet().orElse(""),
                article.author().orElse(""),
                article.language(),
                lead,
                words);
    }

    private static String dateNote(DateOrigin origin) {
        return switch (origin) {
            case STATED, UNKNOWN -> "";
            case CONTENT -> "dated from its content";
            case SHARED_PASSAGE -> "dated from a passage it shares with a dated article";
        };
    }

    private static String shorten(String text) {
        String[] words = text.split("\\s+");
        if (words.length <= LEAD_WORDS) return text;
        return String.join(" ", java.util.Arrays.copyOf(words, LEAD_WORDS)) + " …";
    }
}
