package org.dossier.model;

import java.util.List;

/**
 * The story's structure across articles, worked out from the rest of the dossier: who is named with
 * whom, where reports disagree, and which quotes several articles print.
 */
public record Structure(Network network, List<Discrepancy> discrepancies, List<QuoteGroup> quoteGroups) {
    public Structure {
        Checks.notNull(network, "network");
        discrepancies = Checks.copy(discrepancies, "discrepancies");
        quoteGroups = Checks.copy(quoteGroups, "quoteGroups");
    }

    public static Structure empty() {
        return new Structure(Network.empty(), List.of(), List.of());
    }
}
