package org.dossier.analyze.entities;

import java.text.Normalizer;
import java.util.Locale;

/** URL-safe ids from names: lower-case ASCII letters and digits joined by hyphens. */
final class Slugs {
    private Slugs() {}

    static String of(String name) {
        return isAscii(name) ? ofAscii(name) : ofAnyScript(name);
    }

    /** The same slug as {@link #ofAnyScript} gives an ASCII name, without normalising or patterns: most names are ASCII. */
    private static String ofAscii(String name) {
        StringBuilder sb = new StringBuilder(name.length());
        boolean gap = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c >= 'A' && c <= 'Z') c = (char) (c + ('a' - 'A'));
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                if (gap && sb.length() > 0) sb.append('-');
                gap = false;
                sb.append(c);
            } else {
                gap = true;
            }
        }
        return sb.length() == 0 ? "entity" : sb.toString();
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) >= 128) return false;
        return true;
    }

    /** Any name: Cyrillic spelled in Latin letters, accents dropped. */
    static String ofAnyScript(String name) {
        String s = Normalizer.normalize(Transliteration.toLatin(name), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "entity" : s;
    }
}
