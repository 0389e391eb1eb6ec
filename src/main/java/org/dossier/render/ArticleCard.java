package org.dossier.render;

import org.dossier.model.Article;
import org.dossier.model.BlockKind;
import org.dossier.model.DateOrigin;

/**
 * An article as lists show it. Strings are empty when unknown, so templates test {@code is empty}.
 *
 * @param url       relative to the site root; templates prefix it with {@code root}
 * @param dateIso    the date as ISO 8601 at its precision (templates write it with {@code date}); empty when undated
 * @param dateOrigin how the date was found when the seed did not state it: {@code content} or
 *                   {@code shared_passage} (templates look up {@code date.origin.*}); empty when stated
 * @param lead      the first paragraph, cut to about 40 words
 * @param outletUrl the page of the article's outlet, empty when it has none
 */
public record ArticleCard(String id, String url, String title, String dateIso, String dateOrigin,
                          String outlet, String author, String language, String lead, String outletUrl) {

    private static final int LEAD_WORDS = 40;
    private static final java.util.regex.Pattern WORD_BREAK = java.util.regex.Pattern.compile("\\s+");

    public static ArticleCard of(Article article) {
        String lead = article.blockStream().filter(b -> b.kind() == BlockKind.PARAGRAPH).findFirst()
                .map(b -> shorten(b.text())).orElse("");
        return new ArticleCard(
                article.id(),
                SiteLinks.article(article.id()),
                article.title(),
                article.date().map(d -> d.iso()).orElse(""),
                dateOrigin(article.dateOrigin()),
                article.outlet().orElse(""),
                article.author().orElse(""),
                article.language(),
                lead,
                article.outlet().map(name -> SiteLinks.outlet(OutletViews.idOf(name))).orElse(""));
    }

    private static String dateOrigin(DateOrigin origin) {
        return switch (origin) {
            case STATED, UNKNOWN -> "";
            case CONTENT -> "content";
            case SHARED_PASSAGE -> "shared_passage";
        };
    }

    private static String shorten(String text) {
        if (countWords(text) <= LEAD_WORDS) return text;
        String[] words = WORD_BREAK.split(text, LEAD_WORDS + 1);
        return String.join(" ", java.util.Arrays.copyOf(words, LEAD_WORDS)) + " …";
    }

    /** Runs of characters other than regex white space ({@code \s}); counted, not split, as this runs for every card. */
    static int countWords(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
            if (!space && !inWord) words++;
            inWord = !space;
        }
        return words;
    }
}
