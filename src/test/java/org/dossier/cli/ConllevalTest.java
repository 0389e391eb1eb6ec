package org.dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConllevalTest {
    @Test
    void countsOnlyExactSpansOfTheRightType() {
        List<List<String>> gold = List.of(List.of("B-PER", "I-PER", "O", "B-LOC"), List.of("B-ORG", "O"));
        List<List<String>> tagged = List.of(List.of("B-PER", "O", "O", "B-LOC"), List.of("B-LOC", "O"));
        var scores = Conlleval.score(gold, tagged);
        assertEquals(1, scores.get("ALL").correct());
        assertEquals(3, scores.get("ALL").gold());
        assertEquals(3, scores.get("ALL").predicted());
        assertEquals(0.5, scores.get("LOC").precision());
    }

    @Test
    void readsAnInsideTagAfterOutsideAsAStart() {
        assertEquals(1, Conlleval.chunks(List.of(List.of("O", "I-PER", "I-PER"))).size());
        assertEquals(2, Conlleval.chunks(List.of(List.of("B-PER", "I-ORG"))).size());
    }
}
