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
        return between(a, b) <= allowed;
    }
}
