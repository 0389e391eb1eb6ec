package org.dossier.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Slugs: the URL-safe names of articles, anchors and entities, lower-case ASCII letters and digits joined
 * by '-'. Two rules, for two kinds of text: {@link #of(String, int)} for the file names and first words
 * articles and blocks are named by (diacritics dropped, other scripts dropped, cut to a length, possibly
 * empty), and {@link #ofName} for the names of entities (Cyrillic spelled in Latin letters first, never
 * empty, never cut). They agree on Latin text shorter than the cut; they are kept apart because making
 * one follow the other would change the addresses of existing sites.
 */
public final class Slugs {
    /** The slug of a name with no letter or digit in any script. */
    private static final String NAMELESS = "entity";
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
     * The slug of an article's name or a block's first words: diacritics dropped, runs of anything else
     * than a-z and 0-9 turned into one '-', at most {@code maxLength} characters, cut at a word boundary;
     * empty when nothing is left.
     */
    public static String of(String text, int maxLength) {
        String slug = dashed(text);
        if (slug.length() <= maxLength) return slug;
        String cut = slug.substring(0, maxLength);
        int dash = cut.lastIndexOf('-');
        return TRAILING_DASHES.matcher(dash > maxLength / 2 ? cut.substring(0, dash) : cut).replaceAll("");
    }

    /** The slug of an entity's name in any script: Cyrillic spelled in Latin letters, diacritics dropped; never empty. */
    public static String ofName(String name) {
        return isAscii(name) ? ofAsciiName(name) : ofNameInAnyScript(name);
    }

    /** {@link #ofName} without its shortcut for ASCII names, which must give the same. */
    static String ofNameInAnyScript(String name) {
        String slug = dashed(Transliteration.toLatin(name));
        return slug.isEmpty() ? NAMELESS : slug;
    }

    /** Diacritics dropped, lower case, runs of anything else than a-z and 0-9 one '-', none at the edges. */
    private static String dashed(String text) {
        String ascii = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        return EDGE_DASHES.matcher(NOT_SLUG.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll("-")).replaceAll("");
    }

    /** The slug {@link #ofNameInAnyScript} gives an ASCII name, without normalising or patterns: most names are ASCII. */
    private static String ofAsciiName(String name) {
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
        return sb.length() == 0 ? NAMELESS : sb.toString();
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) >= 128) return false;
        return true;
    }
}
