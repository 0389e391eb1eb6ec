package org.dossier.analyze.entities;

import java.util.List;
import java.util.Set;

/**
 * A text's names as read with the collection's evidence, and the evidence keys that reading asked about:
 * the reading holds as long as the answers for those keys do.
 */
public record SecondReading(List<NameSpan> names, Set<String> reads) {
    public SecondReading {
        names = List.copyOf(names);
        reads = Set.copyOf(reads);
    }
}
