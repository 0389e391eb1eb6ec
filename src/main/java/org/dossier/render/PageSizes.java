package org.dossier.render;

/**
 * How much one page of a long list holds, so no page grows with the dossier (issue 12: none over 1 MB at
 * 10,000 articles). Sizes count items weighted by what an item shows: a passage by its occurrences, a
 * timeline entry by its reports, every other item as one.
 *
 * @param articles   article cards on a page of the home page or of an outlet
 * @param passages   weight of the passages (and pairs) on a page of the shared text
 * @param entries    weight of the entries on a page of the timeline
 * @param entities   entities on a page of the entity index
 * @param entityPart items of each long part of an entity page (mentions, quotes, entries, articles); the
 *                   people named with it are cut to this many, the most often named together first
 */
public record PageSizes(int articles, int passages, int entries, int entities, int entityPart) {
    /**
     * At 10,000 Reuters stories no page passes 300 KB but the first of the shared text (944,410 bytes), which also
     * holds the drawing of who shares with whom; that drawing shows at most 50 articles, so it does not grow
     * with the dossier either (see {@code BuildBenchmark}).
     */
    public static final PageSizes DEFAULT = new PageSizes(200, 150, 300, 1000, 200);

    public PageSizes {
        if (articles < 1 || passages < 1 || entries < 1 || entities < 1 || entityPart < 1) {
            throw new IllegalArgumentException("every page size must be at least 1");
        }
    }
}
