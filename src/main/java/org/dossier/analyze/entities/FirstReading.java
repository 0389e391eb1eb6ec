package org.dossier.analyze.entities;

import java.util.List;

/**
 * A text's first reading, without the collection's evidence: its tokens, which the second reading reads
 * again, and what the text adds to the evidence.
 */
public final class FirstReading {
    private final List<Token> tokens;
    private final EvidenceContribution contribution;

    FirstReading(List<Token> tokens, EvidenceContribution contribution) {
        this.tokens = List.copyOf(tokens);
        this.contribution = contribution;
    }

    List<Token> tokens() {
        return tokens;
    }

    public EvidenceContribution contribution() {
        return contribution;
    }
}
