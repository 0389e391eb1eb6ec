package org.dossier.render;

import org.dossier.model.Block;
import org.dossier.model.Span;

/**
 * A span in context: the sentence around it, split so that a template can emphasise the span while
 * escaping all three parts. {@code url} leads to the block on its article page, relative to the site root.
 */
public record Snippet(String before, String match, String after, String url, String articleTitle, String dateIso) {
    private static final int MAX_CONTEXT = 160;

    public static Snippet of(Span span, Block block, ArticleCard card) {
        return of(span, block, card.title(), card.dateIso());
    }

    private static Snippet of(Span span, Block block, String articleTitle, String dateIso) {
        String text = block.text();
        int from = sentenceStart(text, span.start());
        int to = sentenceEnd(text, span.end());
        String before = text.substring(from, span.start());
        String after = text.substring(span.end(), to);
        if (before.length() > MAX_CONTEXT) before = "… " + before.substring(before.length() - MAX_CONTEXT).replaceFirst("^\\S*\\s", "");
        if (after.length() > MAX_CONTEXT) after = after.substring(0, MAX_CONTEXT).replaceFirst("\\s\\S*$", "") + " …";
        return new Snippet(before, span.text(), after, SiteLinks.article(span.article()) + "#" + block.id(), articleTitle, dateIso);
    }

    private static int sentenceStart(String text, int at) {
        for (int i = at - 1; i > 0; i--) {
            if (Character.isWhitespace(text.charAt(i)) && isSentenceEnd(text.charAt(i - 1))) return i + 1;
        }
        return 0;
    }

    /**
     * A sentence with one phrase of it emphasised (the first occurrence of {@code phrase}); the whole
     * sentence when the phrase is not in it.
     */
    public static Snippet phrase(Span sentence, Block block, String phrase, ArticleCard card) {
        String articleTitle = card.title();
        String dateIso = card.dateIso();
        int at = sentence.text().indexOf(phrase);
        if (at < 0 || phrase.isEmpty()) return of(sentence, block, articleTitle, dateIso);
        String url = SiteLinks.article(sentence.article()) + "#" + block.id();
        return new Snippet(sentence.text().substring(0, at), phrase, sentence.text().substring(at + phrase.length()),
                url, articleTitle, dateIso);
    }

    private static int sentenceEnd(String text, int at) {
        if (at > 0 && isSentenceEnd(text.charAt(at - 1))) return at;
        for (int i = at; i < text.length() - 1; i++) {
            if (isSentenceEnd(text.charAt(i)) && Character.isWhitespace(text.charAt(i + 1))) return i + 1;
        }
        return text.length();
    }

    private static boolean isSentenceEnd(char c) {
        return c == '.' || c == '!' || c == '?' || c == '…';
    }
}
