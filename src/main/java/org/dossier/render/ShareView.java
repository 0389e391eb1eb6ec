package org.dossier.render;

import java.util.List;

/**
 * One shared passage as it stands in one block: a link target ({@code markId}), what kind of copy it
 * is ({@code exact}, else a near copy {@code similarity} percent alike), every other place it stands, and for a near copy the words that differ.
 */
public record ShareView(String markId, String passageId, boolean exact, int similarity, String excerpt, List<OccurrenceLink> elsewhere,
                        List<DiffView> diffs, boolean origin) {
    public ShareView {
        elsewhere = List.copyOf(elsewhere);
        diffs = List.copyOf(diffs);
    }

    /** A link to another occurrence: {@code url} is relative to the site root and ends in the mark's anchor. */
    public record OccurrenceLink(String url, String articleTitle, String outlet, String dateIso, boolean origin) {}

    /** A word-level comparison with another occurrence; {@code html} is built from escaped words only. */
    public record DiffView(String againstTitle, SafeHtml html) {}
}
