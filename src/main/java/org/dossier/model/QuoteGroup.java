package org.dossier.model;

import java.util.List;

/**
 * One quote as several articles print it, word for word or nearly.
 *
 * @param id          stable id, derived from the first appearance
 * @param appearances every appearance in dossier order (articles by date): the first is where it appeared first;
 *                    at least two articles
 */
public record QuoteGroup(String id, List<Quote> appearances) {
    public QuoteGroup {
        Checks.notBlank(id, "id");
        appearances = Checks.copy(appearances, "appearances");
        if (appearances.stream().map(q -> q.span().article()).distinct().count() < 2) {
            throw new IllegalArgumentException("quote group " + id + " must appear in at least two articles");
        }
    }

    public Quote first() {
        return appearances.get(0);
    }
}
