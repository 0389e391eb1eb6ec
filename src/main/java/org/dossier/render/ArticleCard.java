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
        int words = article.blockStream().mapToInt(b -> wordCount(b.text())).sum();
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

    /**
     * {@code text.split("\\s+").length} without a regular expression: the preview's rebuilds make a card
     * for every article, and the regex took half of their time.
     */
    static int wordCount(String text) {
        if (text.isEmpty()) return 1;
        int runs = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = isRegexSpace(text.charAt(i));
            if (!space && !inWord) runs++;
            inWord = !space;
        }
        if (runs == 0) return 0;
        return isRegexSpace(text.charAt(0)) ? runs + 1 : runs;
    }

    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    /** The first {@value #LEAD_WORDS} words of {@code text.split("\\s+")}, joined by spaces, without the regex. */
    static String shorten(String text) {
        if (wordCount(text) <= LEAD_WORDS) return text;
        java.util.List<String> words = new java.util.ArrayList<>(LEAD_WORDS);
        if (isRegexSpace(text.charAt(0))) words.add("");
        int i = 0;
        while (words.size() < LEAD_WORDS) {
            while (isRegexSpace(text.charAt(i))) i++;
            int start = i;
            while (i < text.length() && !isRegexSpace(text.charAt(i))) i++;
            words.add(text.substring(start, i));
        }
        return String.join(" ", words) + " …";
    }
}
