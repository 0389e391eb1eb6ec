package org.dossier.analyze.entities;

import java.util.Set;

/** Whether an abbreviation is made of the initials of a long name (OVSE, Organisatie voor Veiligheid en Samenwerking in Europa). */
final class Acronyms {
    private static final Set<String> SMALL_WORDS = Set.of("van", "voor", "en", "in", "of", "for", "and", "the",
            "de", "het", "der", "des", "du", "op", "on", "'t", "&", "la", "le", "et");

    private Acronyms() {}

    static boolean matches(String abbreviation, String longName) {
        String letters = abbreviation.replace(".", "");
        if (letters.length() < 2 || !letters.equals(letters.toUpperCase(java.util.Locale.ROOT))) return false;
        String[] words = longName.split("[\\s\\-]+");
        if (words.length < 2) return false;
        return letters.equalsIgnoreCase(initials(words, false)) || letters.equalsIgnoreCase(initials(words, true));
    }

    /** The initials a long name may be abbreviated to, in capitals: with and without its small words. */
    static java.util.List<String> initialsOf(String longName) {
        String[] words = longName.split("[\\s\\-]+");
        if (words.length < 2) return java.util.List.of();
        String without = initials(words, false).toUpperCase(java.util.Locale.ROOT);
        String with = initials(words, true).toUpperCase(java.util.Locale.ROOT);
        return without.equals(with) ? java.util.List.of(without) : java.util.List.of(without, with);
    }

    private static String initials(String[] words, boolean withSmallWords) {
        StringBuilder sb = new StringBuilder();
        for (String w : words) {
            if (w.isEmpty()) continue;
            if (!withSmallWords && SMALL_WORDS.contains(w.toLowerCase(java.util.Locale.ROOT))) continue;
            sb.appendCodePoint(w.codePointAt(0));
        }
        return sb.toString();
    }
}
