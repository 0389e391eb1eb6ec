package org.dossier.ingest;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Slugs: the URL-safe names of articles and anchors. */
public final class Slugs {
    private static final Pattern VALID = Pattern.compile("[a-z0-9][a-z0-9_-]{0,99}");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGE_DASHES = Pattern.compile("^-+|-+$");
    private static final Pattern TRAILING_DASHES = Pattern.compile("-+$");

    private Slugs() {}

    /** Why {@code slug} cannot name an article, phrased to follow the slug; empty when it can. */
    public static Optional<String> problem(String slug) {
        if (VALID.matcher(slug).matches()) return Optional.empty();
        return Optional.of("is not a valid slug; use 1 to 100 lower-case letters, digits, '-' and '_', "
                + "starting with a letter or digit (no '/', '.' or spaces)");
    }

    /**
     * A slug made of {@code text}: diacritics dropped, runs of anything else than a-z and 0-9 turned into
     * one '-', at most {@code maxLength} characters, cut at a word boundary; empty when nothing is left.
     */
    public static String of(String text, int maxLength) {
        String ascii = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        String slug = EDGE_DASHES.matcher(NOT_SLUG.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll("-")).replaceAll("");
        if (slug.length() <= maxLength) return slug;
        String cut = slug.substring(0, maxLength);
        int dash = cut.lastIndexOf('-');
        return TRAILING_DASHES.matcher(dash > maxLength / 2 ? cut.substring(0, dash) : cut).replaceAll("");
    }
}
