package org.dossier.analyze.entities;

import java.text.Normalizer;
import java.util.Locale;

/** URL-safe ids from names: lower-case ASCII letters and digits joined by hyphens. */
final class Slugs {
    private Slugs() {}

    static String of(String name) {
        String s = Normalizer.normalize(Transliteration.toLatin(name), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "entity" : s;
    }
}
