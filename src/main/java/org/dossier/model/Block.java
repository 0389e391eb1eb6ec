package org.dossier.model;

/**
 * One block of an article.
 *
 * @param id       anchor, unique within the article, derived from the block's own text so that it
 *                 survives edits of other blocks
 * @param kind     what the block is
 * @param text     the plain text as a reader sees it; all text offsets in the model refer to it
 * @param html     the block's content as sanitised HTML (inline markup for paragraphs, headings, quotes
 *                 and captions; {@code <ul>}, {@code <p>}, {@code <footer>} and the like for lists and
 *                 embeds), without the element that wraps the block itself. Its text nodes, read in
 *                 order, spell {@code text} up to whitespace.
 * @param location where the block starts in its seed
 */
public record Block(String id, BlockKind kind, String text, String html, SourceLocation location) {
    public Block {
        Checks.notBlank(id, "id");
        Checks.notNull(kind, "kind");
        Checks.notBlank(text, "text");
        Checks.notNull(html, "html");
        Checks.notNull(location, "location");
    }
}
