package org.dossier.render;

import java.util.List;

/**
 * A block as the article page shows it.
 *
 * @param html   sanitised block HTML with passages, mentions and quotes marked: safe to print raw
 * @param shares the shared passages that stand in this block, for the note under it
 */
public record BlockView(String id, String kind, SafeHtml html, List<ShareView> shares) {
    public BlockView {
        shares = List.copyOf(shares);
    }
}
