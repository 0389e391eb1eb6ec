package org.dossier.analyze.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dossier.model.EntityCatalog;
import org.dossier.text.Transliteration;

/**
 * Every list of names and words the recogniser reads, loaded once (see {@link #loadDefault()}) and
 * passed to the pure analysis as a value.
 *
 * @param names          known names by {@link NameKey#lookup} key; for one key only the entries of
 *                       the most authoritative source are kept
 * @param firstNames     given names, as written (Jan, Vladimir, Volodymyr)
 * @param placeStems     the first four letters (lower case) of country and region names, for telling
 *                       adjectives of nationality (Oekraïense, Zwitserse) from other words
 * @param countryAbbreviations three-letter Dutch abbreviations of countries, as sports results use
 *                       them ("Plaza (Spa)")
 * @param lexicon        the closed word lists
 * @param firstWordsOfLongNames the first words of known names of several words (an index)
 */
public record Gazetteers(
        Map<String, List<KnownName>> names,
        Set<String> firstNames,
        Set<String> placeStems,
        Set<String> countryAbbreviations,
        Lexicon lexicon,
        Set<String> firstWordsOfLongNames) {

    public Gazetteers {
        names = Map.copyOf(names);
        firstWordsOfLongNames = Set.copyOf(firstWordsOfLongNames);
        firstNames = Set.copyOf(firstNames);
        placeStems = Set.copyOf(placeStems);
        countryAbbreviations = Set.copyOf(countryAbbreviations);
    }

    /**
     * The shipped gazetteers and word lists (CLDR names of places, languages, months and days, and time-zone
     * cities included), as {@link GazetteerLoader} makes them, read from the class path in the form it was
     * written to ({@link CompiledGazetteers}).
     */
    public static Gazetteers loadDefault() {
        return CompiledGazetteers.load();
    }

    /** These gazetteers with the editor's names added, above every other source. */
    public Gazetteers withCatalog(EntityCatalog catalog) {
        if (catalog.entries().isEmpty()) return this;
        // Unordered, as the index is only looked up in; the known names' first words are those already
        // known plus the catalog's. Sorting the thousands of known names again, and splitting each, was a
        // tenth of a small build's analysis, on the way to its entities.
        Map<String, List<KnownName>> merged = new HashMap<>(names);
        Set<String> firstWords = new HashSet<>(firstWordsOfLongNames);
        for (int i = 0; i < catalog.entries().size(); i++) {
            EntityCatalog.Entry entry = catalog.entries().get(i);
            String key = "catalog:" + NameKey.lookup(entry.name());
            for (String name : entry.names()) {
                if (name.isBlank() || name.startsWith("@")) continue;
                String lookup = NameKey.lookup(name);
                merged.put(lookup, List.of(new KnownName(name, entry.type(), key, KnownName.Source.CATALOG)));
                addFirstWord(firstWords, lookup);
            }
        }
        return new Gazetteers(merged, firstNames, placeStems, countryAbbreviations, lexicon, firstWords);
    }

    /** The first words (lookup keys) of the names of more than one word, so that most lookups can be skipped. */
    static Set<String> firstWordsOf(Set<String> keys) {
        Set<String> first = new HashSet<>();
        for (String k : keys) addFirstWord(first, k);
        return first;
    }

    private static void addFirstWord(Set<String> firstWords, String key) {
        int space = key.indexOf(' ');
        if (space > 0) firstWords.add(key.substring(0, space));
    }

    /** Whether some known name of several words starts with this word. */
    boolean startsLongName(String word) {
        return firstWordsOfLongNames.contains(NameKey.lookup(word));
    }

    /**
     * What the gazetteers know about a name, most authoritative first. Short all-capital names (VS,
     * IS) match only when written in capitals, so "Is" at a sentence start is not Islamic State.
     */
    public List<KnownName> lookup(String surface) {
        List<KnownName> found = names.get(NameKey.lookup(surface));
        if (found == null) return List.of();
        List<KnownName> result = new ArrayList<>();
        for (KnownName k : found) {
            boolean shortCaps = k.name().length() <= 3 && k.name().equals(k.name().toUpperCase(java.util.Locale.ROOT));
            if (shortCaps && !k.name().equals(surface)) continue;
            if (!capitalsFit(k.name(), surface)) continue;
            result.add(k);
        }
        return result;
    }

    /** "Vlaamse regering" is not the name "Vlaamse Regering": every capital of the name must be one in the text. */
    private static boolean capitalsFit(String name, String surface) {
        String n = NameKey.withoutMarks(name);
        String s = NameKey.withoutMarks(surface);
        if (n.length() != s.length()) return true;
        for (int i = 0; i < n.length(); i++) {
            if (Character.isUpperCase(n.charAt(i)) && Character.isLowerCase(s.charAt(i))) return false;
        }
        return true;
    }

    public Optional<KnownName> best(String surface) {
        return lookup(surface).stream().min(Comparator.comparing(KnownName::source));
    }

    /** A given name, also when written in Cyrillic (Володимир is Volodymyr). */
    public boolean isFirstName(String token) {
        if (token.length() < 2 || lexicon.isCommonWord(token)) return false;
        if (firstNames.contains(token)) return true;
        String latin = Transliteration.toLatin(token);
        if (!latin.equals(token)) {
            return firstNames.contains(latin) || firstNames.contains(latin.replace("i", "y"))
                    || firstNames.contains(latin.replaceAll("i(?=[^aeiou]|$)", "y"));
        }
        return false;
    }
}
