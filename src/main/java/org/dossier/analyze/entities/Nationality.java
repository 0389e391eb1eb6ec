package org.dossier.analyze.entities;

import java.util.List;
import java.util.Locale;
import org.dossier.model.EntityType;

/**
 * Adjectives and nouns of nationality (Oekraïense, Zwitsers, Amerikanen, Russian): words that share
 * their first four letters with a country or region and end like such words do.
 */
final class Nationality {
    private static final List<String> ENDINGS = List.of("ische", "isch", "iaanse", "iaans", "aanse", "aans",
            "ense", "ens", "ese", "ees", "ezen", "se", "s", "ers", "er", "anen", "aan", "en", "ingen", "iër", "iërs",
            "ian", "ians", "an", "ans", "ish");
    /** English forms: American, Brazilians, Japanese, Danish, French, Israeli; not the Dutch -s or -se. */
    private static final List<String> ENGLISH_ENDINGS = List.of("ian", "ians", "an", "ans", "ese", "ish", "ch", "i");

    private Nationality() {}

    /** Whether a capitalised word is an adjective or noun of nationality. */
    static boolean isAdjective(String word, Gazetteers gazetteers) {
        var known = gazetteers.best(word);
        if (known.isPresent()) return known.get().type() == EntityType.OTHER;
        return hasFormOfNationality(word, gazetteers);
    }

    /**
     * {@link #hasFormOfNationality(String, Gazetteers)} with the endings of the text's language: in English,
     * "Christmas" is no word of nationality, though Dutch "Zwitsers" ends so.
     */
    static boolean hasFormOfNationality(String word, Gazetteers gazetteers, String language) {
        if (!language.equals("en")) return hasFormOfNationality(word, gazetteers);
        if (word.length() < 5 || !Character.isUpperCase(word.charAt(0)) || word.indexOf(' ') >= 0) return false;
        if (gazetteers.isFirstName(word)) return false;
        String lower = word.toLowerCase(Locale.ROOT);
        if (!hasPlaceStem(lower, gazetteers)) return false;
        for (String ending : ENGLISH_ENDINGS) {
            if (lower.endsWith(ending) && lower.length() - ending.length() >= 3) return true;
        }
        return false;
    }

    static boolean hasPlaceStem(String lower, Gazetteers gazetteers) {
        return lower.length() >= 5 && (gazetteers.placeStems().contains(NameKey.lookup(lower.substring(0, 4)))
                || gazetteers.placeStems().contains(lower.substring(0, 4)));
    }

    /**
     * Whether the word is formed as one of nationality (a place's first letters and such an ending),
     * whatever the gazetteers say of it: Amerikaanse is, Kerstmis and Dollar are not.
     */
    static boolean hasFormOfNationality(String word, Gazetteers gazetteers) {
        if (word.length() < 5 || !Character.isUpperCase(word.charAt(0)) || word.indexOf(' ') >= 0) return false;
        if (gazetteers.isFirstName(word)) return false;
        String lower = word.toLowerCase(Locale.ROOT);
        // A capitalised Dutch word in -se or -sche is an adjective of a country, region or town
        // (Franse, Dendermondse, Russische); names in -se are given names, checked above.
        if (lower.length() >= 6 && lower.endsWith("se") && (!lower.endsWith("ese") || lower.length() >= 7) || lower.endsWith("ische")) {
            return true;
        }
        int hyphen = lower.lastIndexOf('-');
        if (hyphen >= 0) lower = lower.substring(hyphen + 1);
        if (lower.length() < 5 || !gazetteers.placeStems().contains(NameKey.lookup(lower.substring(0, 4)))
                && !gazetteers.placeStems().contains(lower.substring(0, 4))) {
            return false;
        }
        for (String ending : ENDINGS) {
            if (lower.endsWith(ending) && lower.length() - ending.length() >= 3) return true;
        }
        return false;
    }
}
