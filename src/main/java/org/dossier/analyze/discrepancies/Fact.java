package org.dossier.analyze.discrepancies;

import java.util.Optional;
import org.dossier.model.Discrepancy;

/**
 * One fact in a text: what kind, the value that decides whether two readings agree, the words as written
 * and where, the entity it names, and the words on either side that tell which fact of the other version
 * it corresponds to.
 *
 * @param value  equal for equal facts however they are written ({@code 14000000EUR} for both
 *               {@code €14 million} and {@code 14 miljoen euro}; an entity's id for a name)
 * @param before the word just before it, lower case; empty at the start
 * @param after  the word just after it, lower case; empty at the end
 */
record Fact(Discrepancy.Fact kind, String value, String text, int start, int end, Optional<String> entity,
            String before, String after) {

    /** Whether the two stand in the same place of two versions of a text: same kind, and a word beside them agrees. */
    boolean correspondsTo(Fact other) {
        return kind == other.kind
                && (!before.isEmpty() && before.equals(other.before) || !after.isEmpty() && after.equals(other.after));
    }
}
