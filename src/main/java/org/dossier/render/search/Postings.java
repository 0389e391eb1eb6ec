package org.dossier.render.search;

import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Each term's postings: for every thing that has the term, its number (article, entity or entry, as
 * {@link Numbering} gives it) as the difference from the number before it in the list (small: short to ship), its code
 * ({@link Kinds}, or a block's position) and its BM25 term weight × 100. The browser multiplies the
 * weight by the term's IDF, which it works out from the number of postings, so an edit changes only the
 * postings of the words it touched.
 */
public final class Postings {
    static final double K1 = 1.2;
    static final double B = 0.75;

    private final java.util.Map<String, Ints> byTerm = new java.util.HashMap<>();
    private int documents;

    Postings(List<Analysed> articles, Numbering articleNumbers, List<Analysed> entities, Numbering entityNumbers,
            List<Analysed> entries, Numbering entryNumbers) {
        double articleLength = averageLength(articles, true);
        double blockLength = averageLength(articles, false);
        double entityLength = averageLength(entities, true);
        double entryLength = averageLength(entries, true);
        for (int i : articleNumbers.order()) {
            int n = articleNumbers.number(i);
            for (DocTerms doc : articles.get(i).docs()) add(n, doc, doc.sub() == Kinds.ARTICLE ? articleLength : blockLength);
        }
        for (int i : entityNumbers.order()) add(entityNumbers.number(i), entities.get(i).docs().get(0), entityLength);
        for (int i : entryNumbers.order()) add(entryNumbers.number(i), entries.get(i).docs().get(0), entryLength);
    }

    /** Each term's postings, three numbers each, sorted by term. */
    SortedMap<String, int[]> byTerm() {
        SortedMap<String, int[]> sorted = new TreeMap<>();
        byTerm.forEach((term, ints) -> sorted.put(term, ints.toArray()));
        return sorted;
    }

    /**
     * A term's postings as a growing list of ints, without boxing (a large dossier has millions of them),
     * with the number of its last posting, from which the next one's difference is taken.
     */
    private static final class Ints {
        private int[] values = new int[6];
        private int size;
        private int last = -1;

        void add(int a, int b, int c) {
            if (size + 3 > values.length) values = java.util.Arrays.copyOf(values, values.length * 2);
            values[size++] = a;
            values[size++] = b;
            values[size++] = c;
        }

        int[] toArray() {
            return java.util.Arrays.copyOf(values, size);
        }
    }

    /** How many things are searchable, for the IDF. */
    int documentCount() {
        return documents;
    }

    private void add(int number, DocTerms doc, double averageLength) {
        documents++;
        doc.terms().forEach((term, tf) -> {
            Ints postings = byTerm.computeIfAbsent(term, t -> new Ints());
            postings.add(postings.last < 0 ? number : number - postings.last, doc.sub(), weight(tf, doc.length(), averageLength));
            postings.last = number;
        });
    }

    /** BM25's saturated, length-normalised term frequency, × 100 and rounded, at least 1. */
    public static int weight(int tf, int length, double averageLength) {
        double norm = tf * (K1 + 1) / (tf + K1 * (1 - B + B * length / averageLength));
        return Math.max(1, (int) Math.round(norm * 100));
    }

    /**
     * The average length of the article-level things ({@code whole}) or of the blocks, rounded up to a
     * multiple of 8 words: a small edit rarely moves it, so it rarely changes every weight.
     */
    public static double averageLength(List<Analysed> group, boolean whole) {
        long words = 0;
        long count = 0;
        for (Analysed a : group) {
            for (DocTerms d : a.docs()) {
                if ((d.sub() < 0) != whole) continue;
                words += d.length();
                count++;
            }
        }
        if (count == 0) return 8;
        return Math.max(8, Math.ceil(words / (double) count / 8) * 8);
    }
}
