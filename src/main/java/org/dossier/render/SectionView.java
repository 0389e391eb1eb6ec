package org.dossier.render;

import java.util.List;

/** A section of an article page: its anchor and its blocks (the heading, if any, first). */
public record SectionView(String id, List<BlockView> blocks) {
    public SectionView {
        blocks = List.copyOf(blocks);
    }
}
