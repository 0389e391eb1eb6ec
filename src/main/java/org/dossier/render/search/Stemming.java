package org.dossier.render.search;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.DutchStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * The stems of folded words, by the Snowball rules of the text's language (Dutch or English; words of
 * other languages are kept as they are), and the words too common to index. Snowball stemmers keep state,
 * so one {@code Stemming} serves one thread.
 */
final class Stemming {
    /** Lucene's Dutch and English stop words, folded: left out of the index and of queries. */
    static final Set<String> STOP_WORDS = stopWords();

    private final SnowballStemmer dutch = new DutchStemmer();
    private final SnowballStemmer english = new EnglishStemmer();
    /**
     * The stems already made, by language: a collection repeats its words (a tenth of the samples of a large
     * index went to Snowball), and a word's stem depends on the word and the language alone.
     */
    private final Map<String, String> dutchStems = new HashMap<>();
    private final Map<String, String> englishStems = new HashMap<>();

    /** The stem of {@code word} (folded) in {@code language} (ISO 639-1). */
    String stem(String word, String language) {
        Map<String, String> stems = switch (language) {
            case "nl" -> dutchStems;
            case "en" -> englishStems;
            default -> null;
        };
        if (stems == null || word.length() < 3) return word;
        String known = stems.get(word);
        if (known != null) return known;
        String stem = snowball(language.equals("nl") ? dutch : english, word);
        stems.put(word, stem);
        return stem;
    }

    private static String snowball(SnowballStemmer stemmer, String word) {
        stemmer.setCurrent(word);
        stemmer.stem();
        String stem = stemmer.getCurrent();
        return stem.isEmpty() ? word : stem;
    }

    static boolean isStopWord(String word) {
        return STOP_WORDS.contains(word);
    }

    private static Set<String> stopWords() {
        Set<String> words = new TreeSet<>();
        for (Object w : EnglishAnalyzer.ENGLISH_STOP_WORDS_SET) words.add(Words.fold(new String((char[]) w)));
        for (Object w : DutchAnalyzer.getDefaultStopSet()) words.add(Words.fold(new String((char[]) w)));
        return Set.copyOf(words);
    }
}
