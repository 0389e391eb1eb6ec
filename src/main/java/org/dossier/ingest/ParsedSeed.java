package org.dossier.ingest;

import java.util.List;
import org.dossier.model.Diagnostic;

/** What a format reader makes of one seed: its metadata, its blocks in order, and what went wrong. */
record ParsedSeed(SeedMetadata metadata, List<RawBlock> blocks, List<Diagnostic> diagnostics) {
    ParsedSeed {
        blocks = List.copyOf(blocks);
        diagnostics = List.copyOf(diagnostics);
    }
}
