package org.dossier.analyze.passages;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A longest common subsequence of two stretches of word ids, as the matched positions, found with
 * Myers' O(ND) difference algorithm after stripping the common prefix and suffix (near copies differ
 * in few places, so D is small). Past {@link #MAX_EDITS} differences the texts are too far apart to be
 * worth aligning, and only the common prefix and suffix are matched.
 */
final class CommonSubsequence {
    static final int MAX_EDITS = 3000;

    /** Matched positions in {@code a} and {@code b}, both strictly increasing, absolute indices. */
    final int[] aIndex;
    final int[] bIndex;

    private CommonSubsequence(int[] aIndex, int[] bIndex) {
        this.aIndex = aIndex;
        this.bIndex = bIndex;
    }

    int size() {
        return aIndex.length;
    }

    /** Word-level similarity of the two stretches: twice the matched words over all words (Dice). */
    static double dice(int matched, int aLength, int bLength) {
        return aLength + bLength == 0 ? 1.0 : 2.0 * matched / (aLength + bLength);
    }

    static CommonSubsequence of(int[] a, int aFrom, int aTo, int[] b, int bFrom, int bTo) {
        int prefix = 0;
        while (aFrom + prefix < aTo && bFrom + prefix < bTo && a[aFrom + prefix] == b[bFrom + prefix]) prefix++;
        int suffix = 0;
        while (aTo - suffix > aFrom + prefix && bTo - suffix > bFrom + prefix && a[aTo - 1 - suffix] == b[bTo - 1 - suffix]) suffix++;
        int[][] middle = middle(a, aFrom + prefix, aTo - suffix, b, bFrom + prefix, bTo - suffix);
        int total = prefix + middle[0].length + suffix;
        int[] ai = new int[total];
        int[] bi = new int[total];
        for (int i = 0; i < prefix; i++) {
            ai[i] = aFrom + i;
            bi[i] = bFrom + i;
        }
        System.arraycopy(middle[0], 0, ai, prefix, middle[0].length);
        System.arraycopy(middle[1], 0, bi, prefix, middle[1].length);
        for (int i = 0; i < suffix; i++) {
            ai[prefix + middle[0].length + i] = aTo - suffix + i;
            bi[prefix + middle[0].length + i] = bTo - suffix + i;
        }
        return new CommonSubsequence(ai, bi);
    }

    /** Myers' greedy forward search, keeping each round's furthest points to trace the path back. */
    private static int[][] middle(int[] a, int aFrom, int aTo, int[] b, int bFrom, int bTo) {
        int n = aTo - aFrom;
        int m = bTo - bFrom;
        if (n == 0 || m == 0) return new int[][] {new int[0], new int[0]};
        int max = n + m;
        int offset = max + 1;
        int[] v = new int[2 * max + 3];
        List<int[]> trace = new ArrayList<>();
        int last = -1;
        for (int d = 0; d <= max && d <= MAX_EDITS; d++) {
            for (int k = -d; k <= d; k += 2) {
                int x = (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1])) ? v[offset + k + 1] : v[offset + k - 1] + 1;
                int y = x - k;
                while (x < n && y < m && a[aFrom + x] == b[bFrom + y]) {
                    x++;
                    y++;
                }
                v[offset + k] = x;
            }
            trace.add(Arrays.copyOfRange(v, offset - d, offset + d + 1));
            if (reached(v, offset, d, n, m)) {
                last = d;
                break;
            }
        }
        if (last < 0) return new int[][] {new int[0], new int[0]};
        return backtrack(trace, last, n, m, aFrom, bFrom);
    }

    private static boolean reached(int[] v, int offset, int d, int n, int m) {
        int k = n - m;
        return k >= -d && k <= d && ((k + d) % 2 == 0) && v[offset + k] >= n;
    }

    private static int[][] backtrack(List<int[]> trace, int last, int n, int m, int aFrom, int bFrom) {
        int[] ai = new int[Math.min(n, m)];
        int[] bi = new int[Math.min(n, m)];
        int count = 0;
        int x = n;
        int y = m;
        for (int d = last; d >= 0; d--) {
            int k = x - y;
            int startX;
            int startY;
            if (d == 0) {
                startX = 0;
                startY = 0;
            } else {
                int[] previous = trace.get(d - 1);
                boolean down = k == -d || (k != d && at(previous, d - 1, k - 1) < at(previous, d - 1, k + 1));
                int previousK = down ? k + 1 : k - 1;
                int previousX = at(previous, d - 1, previousK);
                startX = down ? previousX : previousX + 1;
                startY = startX - k;
                while (x > startX && y > startY) {
                    x--;
                    y--;
                    ai[count] = aFrom + x;
                    bi[count] = bFrom + y;
                    count++;
                }
                x = previousX;
                y = previousX - previousK;
                continue;
            }
            while (x > startX && y > startY) {
                x--;
                y--;
                ai[count] = aFrom + x;
                bi[count] = bFrom + y;
                count++;
            }
        }
        int[] outA = new int[count];
        int[] outB = new int[count];
        for (int i = 0; i < count; i++) {
            outA[i] = ai[count - 1 - i];
            outB[i] = bi[count - 1 - i];
        }
        return new int[][] {outA, outB};
    }

    private static int at(int[] row, int d, int k) {
        return row[k + d];
    }
}
