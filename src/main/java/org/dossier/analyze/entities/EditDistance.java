package org.dossier.analyze.entities;

/** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps. */
final class EditDistance {
    private EditDistance() {}

    static int between(String a, String b) {
        int n = a.length();
        int m = b.length();
        int[][] d = new int[n + 1][m + 1];
        for (int i = 0; i <= n; i++) d[i][0] = i;
        for (int j = 0; j <= m; j++) d[0][j] = j;
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int best = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    best = Math.min(best, d[i - 2][j - 2] + 1);
                }
                d[i][j] = best;
            }
        }
        return d[n][m];
    }

    /** Whether two spellings differ by a typo: one edit for names of 5+ letters, two for 9+. */
    static boolean isTypo(String a, String b) {
        int shorter = Math.min(a.length(), b.length());
        if (shorter < 5) return false;
        int allowed = shorter >= 9 ? 2 : 1;
        return within(a, b, allowed);
    }

    /**
     * Whether {@link #between} is at most {@code k}, computing only the cells within {@code k} of the
     * diagonal and stopping at the first row whose every cell exceeds {@code k}: the merger asks this of
     * many pairs of names, nearly all far apart.
     */
    static boolean within(String a, String b, int k) {
        int n = a.length();
        int m = b.length();
        if (Math.abs(n - m) > k) return false;
        int far = k + 1; // any distance above k is as good as another
        int[] before = new int[m + 1];
        int[] previous = new int[m + 1];
        int[] current = new int[m + 1];
        for (int j = 0; j <= m; j++) previous[j] = Math.min(j, far);
        for (int i = 1; i <= n; i++) {
            int from = Math.max(1, i - k);
            int to = Math.min(m, i + k);
            current[0] = Math.min(i, far);
            if (from > 1) current[from - 1] = far;
            int rowMin = from == 1 ? current[0] : far;
            for (int j = from; j <= to; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int best = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    best = Math.min(best, before[j - 2] + 1);
                }
                current[j] = Math.min(best, far);
                rowMin = Math.min(rowMin, current[j]);
            }
            if (to < m) current[to + 1] = far;
            if (rowMin > k) return false;
            int[] spare = before;
            before = previous;
            previous = current;
            current = spare;
        }
        return previous[m] <= k;
    }
}
