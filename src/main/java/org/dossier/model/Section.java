package org.dossier.model;

import java.util.List;
import java.util.Optional;

/**
 * A run of blocks; a heading block opens a new section and is its first block.
 *
 * @param id     anchor, unique within the article, derived from the heading that opens it
 * @param blocks the section's blocks in reading order, never empty
 */
public record Section(String id, List<Block> blocks) {
    public Section {
        Checks.notBlank(id, "id");
        blocks = Checks.copy(blocks, "blocks");
        if (blocks.isEmpty()) throw new IllegalArgumentException("section " + id + " has no blocks");
    }

    /** The heading that opens this section; empty for the untitled first section of an article. */
    public Optional<Block> heading() {
        Block first = blocks.get(0);
        return first.kind() == BlockKind.HEADING ? Optional.of(first) : Optional.empty();
    }
}
