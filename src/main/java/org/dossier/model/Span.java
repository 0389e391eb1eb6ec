package org.dossier.model;

/**
 * A stretch of one block's text: {@code text} is exactly {@code block.text().substring(start, end)}.
 * Passages, mentions, quotes and events all point into the articles this way.
 */
public record Span(String article, String block, int start, int end, String text) {
    public Span {
        Checks.notBlank(article, "article");
        Checks.notBlank(block, "block");
        Checks.atLeast(start, 0, "start");
        if (end < start) throw new IllegalArgumentException("end " + end + " is before start " + start);
        Checks.notNull(text, "text");
        if (text.length() != end - start) {
            throw new IllegalArgumentException("text has " + text.length() + " chars but the span covers " + (end - start));
        }
    }

    /** Cuts the span out of a block's text, checking that it fits. */
    public static Span of(String article, Block block, int start, int end) {
        return new Span(article, block.id(), start, end, block.text().substring(start, end));
    }

    public boolean overlaps(Span other) {
        return article.equals(other.article) && block.equals(other.block) && start < other.end && other.start < end;
    }
}
