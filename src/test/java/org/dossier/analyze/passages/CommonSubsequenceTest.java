package org.dossier.analyze.passages;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class CommonSubsequenceTest {
    @Test
    void findsALongestCommonSubsequenceOfRandomSequences() {
        Random random = new Random(42);
        for (int round = 0; round < 2000; round++) {
            int[] a = random(random, random.nextInt(30), 1 + random.nextInt(6));
            int[] b = random.nextBoolean() ? random(random, random.nextInt(30), 1 + random.nextInt(6)) : edited(random, a);
            CommonSubsequence lcs = CommonSubsequence.of(a, 0, a.length, b, 0, b.length);
            assertEquals(dynamicProgrammingLength(a, b), lcs.size(), "round " + round);
            for (int m = 0; m < lcs.size(); m++) {
                assertEquals(a[lcs.aIndex[m]], b[lcs.bIndex[m]]);
                if (m > 0) assertTrue(lcs.aIndex[m] > lcs.aIndex[m - 1] && lcs.bIndex[m] > lcs.bIndex[m - 1]);
            }
        }
    }

    @Test
    void reportsAbsolutePositionsWithinTheStretchesCompared() {
        int[] a = {9, 9, 1, 2, 3, 9};
        int[] b = {8, 1, 5, 3, 8};
        CommonSubsequence lcs = CommonSubsequence.of(a, 2, 5, b, 1, 4);
        assertArrayEquals(new int[] {2, 4}, lcs.aIndex);
        assertArrayEquals(new int[] {1, 3}, lcs.bIndex);
    }

    private static int[] random(Random random, int length, int alphabet) {
        int[] out = new int[length];
        for (int i = 0; i < length; i++) out[i] = random.nextInt(alphabet);
        return out;
    }

    private static int[] edited(Random random, int[] a) {
        int[] out = a.clone();
        for (int i = 0; i < out.length; i++) {
            if (random.nextInt(5) == 0) out[i] = random.nextInt(10);
        }
        return out;
    }

    private static int dynamicProgrammingLength(int[] a, int[] b) {
        int[][] t = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                t[i][j] = a[i] == b[j] ? t[i + 1][j + 1] + 1 : Math.max(t[i + 1][j], t[i][j + 1]);
            }
        }
        return t[0][0];
    }
}
