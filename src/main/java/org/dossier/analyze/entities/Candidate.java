package org.dossier.analyze.entities;

import java.util.Optional;

/**
 * A run of tokens, {@code first} to {@code last} inclusive, that may be a name, and the role before it.
 * {@code optionalFirst} is the index of a capitalised word dropped at the sentence start that belongs
 * to the name if it turns out to be a person's ("Fausto Coppi", "De Grauwe"), or -1.
 * {@code beforeRole} marks the words before a role inside a run ("U.S. Trade" in "U.S. Trade
 * Representative Clayton Yeutter"): they qualify the role and are no person's name.
 */
record Candidate(int first, int last, Optional<String> role, int optionalFirst, boolean beforeRole) {
    Candidate(int first, int last, Optional<String> role) {
        this(first, last, role, -1, false);
    }

    Candidate asBeforeRole() {
        return new Candidate(first, last, role, optionalFirst, true);
    }

    boolean isSingle() {
        return first == last;
    }
}
