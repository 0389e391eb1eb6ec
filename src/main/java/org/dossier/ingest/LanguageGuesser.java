package org.dossier.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dossier.text.WordRuns;

/**
 * Guesses an article's language from its most frequent function words. Function words are the most
 * reliable signal in news text of a few hundred words and need no model; a seed can always say its
 * language in its metadata instead.
 */
final class LanguageGuesser {
    /** The answer when no language scores: ISO 639-2's "undetermined", which HTML's lang accepts. */
    static final String UNDETERMINED = "und";

    private static final Map<String, Set<String>> FUNCTION_WORDS = new LinkedHashMap<>();

    static {
        FUNCTION_WORDS.put("nl", Set.of("de", "het", "een", "en", "van", "is", "dat", "op", "te", "zijn", "niet", "met",
                "voor", "ook", "aan", "maar", "om", "hij", "zij", "wij", "worden", "werd", "heeft", "hebben", "naar",
                "bij", "uit", "over", "nog", "wel", "dan", "zo", "als", "tussen", "door", "deze", "die", "wat", "er"));
        FUNCTION_WORDS.put("en", Set.of("the", "a", "an", "and", "of", "is", "that", "on", "to", "in", "are", "not",
                "with", "for", "also", "but", "he", "she", "we", "they", "was", "were", "has", "have", "had", "from",
                "by", "at", "it", "this", "which", "said", "would", "will", "its", "their", "be", "or"));
        FUNCTION_WORDS.put("de", Set.of("der", "die", "das", "und", "ist", "nicht", "mit", "für", "auch", "aber",
                "ein", "eine", "den", "dem", "des", "sich", "auf", "sie", "wir", "wurde", "hat", "haben", "nach", "bei"));
        FUNCTION_WORDS.put("fr", Set.of("le", "la", "les", "et", "est", "une", "des", "du", "que", "qui", "dans",
                "pour", "pas", "avec", "sur", "mais", "il", "elle", "nous", "ils", "été", "au", "aux", "ce"));
    }

    /** The languages each function word belongs to, in the order of {@link #FUNCTION_WORDS}. */
    private static final Map<String, List<String>> LANGUAGES_OF = new HashMap<>();

    static {
        FUNCTION_WORDS.forEach((language, words) -> {
            for (String word : words) LANGUAGES_OF.computeIfAbsent(word, w -> new ArrayList<>()).add(language);
        });
    }

    private LanguageGuesser() {}

    static String guess(String text) {
        Map<String, Integer> scores = new LinkedHashMap<>();
        for (String word : words(text.toLowerCase(Locale.ROOT))) {
            List<String> languages = LANGUAGES_OF.get(word);
            if (languages == null) continue;
            for (String language : languages) scores.merge(language, 1, Integer::sum);
        }
        return scores.entrySet().stream()
                .max(Comparator.comparingInt(Map.Entry<String, Integer>::getValue))
                .filter(e -> e.getValue() >= 2)
                .map(Map.Entry::getKey)
                .orElse(UNDETERMINED);
    }

    /** The runs of letters ({@code \p{L}}), as a split at {@code [^\p{L}]+} gives them. */
    private static List<String> words(String text) {
        return WordRuns.of(text, Character::isLetter);
    }
}
