package org.dossier.analyze.entities;

import java.util.Optional;

/** A run of tokens, {@code first} to {@code last} inclusive, that may be a name, and the role before it. */
record Candidate(int first, int last, Optional<String> role) {
    boolean isSingle() {
        return first == last;
    }
}
