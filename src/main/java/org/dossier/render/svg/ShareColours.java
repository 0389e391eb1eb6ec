package org.dossier.render.svg;

import java.util.Locale;

/**
 * One blue from pale to deep for a share from 0 to 1, with text that keeps its contrast on it. Any
 * share above zero gets a visible tint, so that a little sharing is not mistaken for none.
 */
final class ShareColours {
    private static final int[] PALE = {219, 234, 254};
    private static final int[] DEEP = {30, 58, 138};
    /** Below this relative luminance white text contrasts better than black; either way the ratio is at least 4.5. */
    private static final double WHITE_TEXT_BELOW = 0.179;

    private ShareColours() {}

    static String fill(double share) {
        int[] rgb = rgb(share);
        return String.format(Locale.ROOT, "#%02x%02x%02x", rgb[0], rgb[1], rgb[2]);
    }

    static String text(double share) {
        return luminance(rgb(share)) < WHITE_TEXT_BELOW ? "#ffffff" : "#000000";
    }

    private static int[] rgb(double share) {
        double t = 0.12 + 0.88 * Math.max(0, Math.min(1, share));
        int[] rgb = new int[3];
        for (int c = 0; c < 3; c++) rgb[c] = (int) Math.round(PALE[c] + (DEEP[c] - PALE[c]) * t);
        return rgb;
    }

    /** WCAG 2 relative luminance. */
    static double luminance(int[] rgb) {
        double[] weights = {0.2126, 0.7152, 0.0722};
        double sum = 0;
        for (int c = 0; c < 3; c++) {
            double s = rgb[c] / 255.0;
            sum += weights[c] * (s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4));
        }
        return sum;
    }
}
