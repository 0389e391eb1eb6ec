package org.dossier.analyze.quotes;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.dossier.model.Article;
import org.dossier.model.Block;
import org.dossier.model.BlockKey;
import org.dossier.model.Quote;
import org.dossier.model.QuoteGroup;

/**
 * The same quote in several articles, word for word or nearly: quotes of at least {@value #MIN_WORDS}
 * words whose sets of words overlap by {@value #MIN_OVERLAP} or more (Jaccard), after case, accents and
 * punctuation are set aside. Candidates are found through shared runs of three words, so the cost grows
 * with the number of quotes, not its square; a run that dozens of quotes share ("we zijn niet") finds no
 * candidates by itself. Pure.
 */
public final class QuoteGroups {
    static final int MIN_WORDS = 4;
    static final double MIN_OVERLAP = 0.8;
    /** A run of three words found in more quotes than this is too common to point at one quote. */
    private static final int COMMON_RUN = 50;
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private QuoteGroups() {}

    /** The groups, in the order of their first appearance; {@code articles} in dossier order. */
    public static List<QuoteGroup> of(List<Article> articles, List<Quote> quotes) {
        List<Quote> ordered = inOrder(articles, quotes);
        return grouped(ordered, ordered.stream().map(q -> words(q.span().text())).toList());
    }

    /** The quotes in the blocks of {@code articles} (in dossier order), in the order they appear there. */
    public static List<Quote> inOrder(List<Article> articles, List<Quote> quotes) {
        // A quote's place is its article's, then its block's within it: only the blocks of articles that hold a
        // quote are indexed, as most articles of a large dossier hold none.
        Set<String> quoted = new HashSet<>();
        for (Quote q : quotes) quoted.add(q.span().article());
        Map<String, Integer> articlePlace = new HashMap<>();
        Map<BlockKey, Integer> blockPlace = new HashMap<>();
        for (int a = 0; a < articles.size(); a++) {
            Article article = articles.get(a);
            if (!quoted.contains(article.id())) continue;
            articlePlace.put(article.id(), a);
            List<Block> blocks = article.blocks();
            for (int b = 0; b < blocks.size(); b++) blockPlace.put(new BlockKey(article.id(), blocks.get(b).id()), b);
        }
        return quotes.stream()
                .filter(q -> blockPlace.containsKey(BlockKey.of(q.span())))
                .sorted(Comparator.comparingInt((Quote q) -> articlePlace.get(q.span().article()))
                        .thenComparingInt(q -> blockPlace.get(BlockKey.of(q.span())))
                        .thenComparingInt(q -> q.span().start()))
                .toList();
    }

    /**
     * The groups among quotes in order of appearance, given each one's {@link #words}: the groups depend on
     * these two lists alone.
     */
    public static List<QuoteGroup> grouped(List<Quote> ordered, List<List<String>> words) {
        Map<String, List<Integer>> byRun = new HashMap<>();
        for (int i = 0; i < ordered.size(); i++) {
            List<String> w = words.get(i);
            if (w.size() < MIN_WORDS) continue;
            Set<String> runs = new HashSet<>();
            for (int k = 0; k + 3 <= w.size(); k++) runs.add(w.get(k) + ' ' + w.get(k + 1) + ' ' + w.get(k + 2));
            for (String run : runs) byRun.computeIfAbsent(run, r -> new ArrayList<>()).add(i);
        }
        int[] parent = new int[ordered.size()];
        for (int i = 0; i < parent.length; i++) parent[i] = i;
        List<Set<String>> wordSets = words.stream().<Set<String>>map(HashSet::new).toList();
        Set<Long> compared = new HashSet<>();
        // Unions in any order give the same groups (each root is its group's smallest index), so the runs need no sorting.
        for (List<Integer> sharing : byRun.values()) {
            if (sharing.size() < 2 || sharing.size() > COMMON_RUN) continue;
            for (int a = 0; a < sharing.size(); a++) {
                for (int b = a + 1; b < sharing.size(); b++) {
                    int i = sharing.get(a);
                    int j = sharing.get(b);
                    if (!compared.add((long) i * ordered.size() + j)) continue;
                    if (overlap(wordSets.get(i), wordSets.get(j)) >= MIN_OVERLAP) union(parent, i, j);
                }
            }
        }
        Map<Integer, List<Quote>> groups = new TreeMap<>();
        for (int i = 0; i < ordered.size(); i++) groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(ordered.get(i));
        List<QuoteGroup> result = new ArrayList<>();
        for (List<Quote> appearances : groups.values()) {
            if (appearances.stream().map(q -> q.span().article()).distinct().count() < 2) continue;
            Quote first = appearances.get(0);
            result.add(new QuoteGroup("quote-" + first.span().article() + "-" + first.span().block() + "-" + first.span().start(),
                    appearances));
        }
        return result;
    }

    /** The words of a quote, lower case and without accents or punctuation. */
    public static List<String> words(String text) {
        String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
        return List.of(NOT_WORD.split(plain)).stream().filter(w -> !w.isEmpty()).toList();
    }

    private static double overlap(Set<String> a, Set<String> b) {
        int shared = 0;
        for (String w : a) if (b.contains(w)) shared++;
        return (double) shared / (a.size() + b.size() - shared);
    }

    /** The root of i's set; the smaller index is the root, so each group's root is its first appearance. */
    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int i, int j) {
        int a = find(parent, i);
        int b = find(parent, j);
        if (a < b) parent[b] = a;
        else if (b < a) parent[a] = b;
    }
}
