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
