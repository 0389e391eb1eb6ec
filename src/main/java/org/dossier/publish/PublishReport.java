package org.dossier.publish;

import java.util.List;

/**
 * What publishing changed: files new or rewritten, files left as they were, files removed; and what the
 * user should know although the site was published (an old site that could not be deleted, a site put
 * back after an interrupted build), one sentence each.
 */
public record PublishReport(int written, int unchanged, int removed, List<String> warnings) {
    public PublishReport {
        warnings = List.copyOf(warnings);
    }

    public PublishReport(int written, int unchanged, int removed) {
        this(written, unchanged, removed, List.of());
    }
}
