package org.dossier.analyze.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class EditDistanceTest {
    @Test
    void countsSwapsAsOneEdit() {
        assertEquals(1, EditDistance.between("Vladmir", "Vladimir"));
        assertEquals(1, EditDistance.between("Poetni", "Poetin"));
        assertEquals(2, EditDistance.between("Zelenski", "Zelenskyy"));
    }

    @Test
    void typoNeedsFiveLettersAndAtMostOneEditOrTwoFromNineLetters() {
        assertTrue(EditDistance.isTypo("vladmir poetin", "vladimir poetin"));
        assertFalse(EditDistance.isTypo("navo", "nova"));
        assertTrue(EditDistance.isTypo("oekraine", "oekrain"));
        assertFalse(EditDistance.isTypo("oekraine", "oekra"));
        assertTrue(EditDistance.isTypo("washington", "wahsingtno"));
    }

    /** The banded check must agree with the full table on every pair, near and far. */
    @Test
    void bandedCheckAgreesWithTheFullTable() {
        Random random = new Random(20261123);
        for (int round = 0; round < 20_000; round++) {
            String a = word(random, 1 + random.nextInt(12));
            String b = random.nextBoolean() ? mutate(random, a) : word(random, 1 + random.nextInt(12));
            int distance = EditDistance.between(a, b);
            for (int k = 0; k <= 3; k++) {
                assertEquals(distance <= k, EditDistance.within(a, b, k), a + " / " + b + " within " + k);
            }
        }
    }

    private static String word(Random random, int length) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < length; i++) sb.append((char) ('a' + random.nextInt(4)));
        return sb.toString();
    }

    private static String mutate(Random random, String word) {
        StringBuilder sb = new StringBuilder(word);
        for (int edits = random.nextInt(4); edits > 0 && sb.length() > 1; edits--) {
            int at = random.nextInt(sb.length() - 1);
            switch (random.nextInt(4)) {
                case 0 -> sb.deleteCharAt(at);
                case 1 -> sb.insert(at, (char) ('a' + random.nextInt(4)));
                case 2 -> sb.setCharAt(at, (char) ('a' + random.nextInt(4)));
                default -> {
                    char c = sb.charAt(at);
                    sb.setCharAt(at, sb.charAt(at + 1));
                    sb.setCharAt(at + 1, c);
                }
            }
        }
        return sb.toString();
    }
}
