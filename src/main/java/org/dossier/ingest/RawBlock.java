package org.dossier.ingest;

import org.dossier.model.BlockKind;

/** A block as a format reader sees it, before it gets its id and section. */
record RawBlock(BlockKind kind, String text, String html, int line) {
    RawBlock {
        if (text.isBlank()) throw new IllegalArgumentException("a block needs text");
    }
}
