package org.dossier.render.search;

import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The terms of one searchable thing (an article, a block, an entity, a timeline entry) before it has a
 * number in the index.
 *
 * @param sub    what it is within its owner: a block's position in its article (0 and up), or one of the
 *               negative {@code Kinds} codes
 * @param terms  each term with its weighted count (a word of a title or a name counts more than once)
 * @param length the number of words, for BM25's length normalisation
 */
public record DocTerms(int sub, SortedMap<String, Integer> terms, int length) {
    public DocTerms {
        terms = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(terms));
    }

    /** Collects the terms of one thing, field by field. */
    static final class Builder {
        private final int sub;
        private final Map<String, Integer> terms = new HashMap<>();
        private int length;

        Builder(int sub) {
            this.sub = sub;
        }

        /** Adds one word occurrence's terms (its stems), each counted {@code weight} times. */
        void add(Iterable<String> wordTerms, int weight) {
            length++;
            for (String term : wordTerms) terms.merge(term, weight, Integer::sum);
        }

        /** Adds terms to the word just added (another stemming of it), without counting a word again. */
        void addTermsOnly(Iterable<String> wordTerms) {
            for (String term : wordTerms) terms.merge(term, 1, (a, b) -> a);
        }

        DocTerms build() {
            return new DocTerms(sub, new TreeMap<>(terms), length);
        }
    }
}
