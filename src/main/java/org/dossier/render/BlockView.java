package org.dossier.render;

import java.util.List;

/**
 * A block as the article page shows it.
 *
 * @param html   sanitised block HTML with passages, mentions and quotes marked: safe to print raw
 * @param shares the shared passages that stand in this block, for the note under it
 * @param differences the facts of this block that another report gives otherwise
 */
public record BlockView(String id, String kind, SafeHtml html, List<ShareView> shares, List<Difference> differences) {
    public BlockView {
        shares = List.copyOf(shares);
        differences = List.copyOf(differences);
    }

    /** A fact this block states that another report states otherwise: {@code url} goes to the other place. */
    public record Difference(String id, String fact, String here, String there, String otherTitle, String otherOutlet, String url) {}
}
