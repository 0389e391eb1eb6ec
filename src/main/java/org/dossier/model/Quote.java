package org.dossier.model;

import java.util.Optional;

/**
 * Quoted words and who said them.
 *
 * @param speaker the speaking entity's id, empty when unattributed
 * @param span    the quoted words without the quotation marks
 */
public record Quote(Optional<String> speaker, Span span) {
    public Quote {
        Checks.notNull(speaker, "speaker");
        Checks.notNull(span, "span");
    }
}
