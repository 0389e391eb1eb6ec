package org.dossier.analyze.passages;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Keeps stock phrases from linking articles. A short passage (fewer than
 * {@link PassageSettings#standaloneWords()} words: "The hearing was adjourned until tomorrow.", "by the
 * Securities and Exchange Commission.") is a sentence that any two reporters may write, so on its own it
 * shows no reuse; it stands as a passage only between two articles that reuse text otherwise: they
 * share a passage long enough to stand alone, or at least two short passages that no third article
 * carries (two rare sentences in common are unlikely to be chance; a recurring one is the stock phrase
 * itself), or one is a copy of the other (the same prose words: a short notice printed twice). A short
 * passage keeps its occurrences in the articles it joins that way and is dropped when fewer than two
 * are left.
 */
public final class StockPhrases {
    /** Short passages two articles share alone that together link them. */
    public static final int RARE_SHORT_PASSAGES = 2;

    private StockPhrases() {}

    /**
     * How two articles are told to be copies: the same prose words. {@code letters} is a cheap key computed
     * once per article (the count of letters and digits, which normalising keeps); {@code words} is read only
     * for articles whose key another article of the same short passage has.
     */
    public interface Copies {
        int letters(String article);

        List<String> words(String article);
    }

    /** @param within the same draft with only its occurrences in some articles (see {@link VocabularySteps#within}) */
    static List<PassageAssembler.Draft> withoutStockLinks(List<PassageAssembler.Draft> drafts, int standaloneWords, Copies copies,
            BiFunction<PassageAssembler.Draft, Set<String>, PassageAssembler.Draft> within) {
        Set<String> inShort = new HashSet<>();
        for (PassageAssembler.Draft d : drafts) if (isShort(d, standaloneWords)) inShort.addAll(d.articles);
        if (inShort.isEmpty()) return drafts;
        Links links = links(drafts, standaloneWords, inShort);
        List<PassageAssembler.Draft> kept = new ArrayList<>(drafts.size());
        for (PassageAssembler.Draft d : drafts) {
            PassageAssembler.Draft left = isShort(d, standaloneWords) ? kept(d, links, copies, within) : d;
            if (left != null) kept.add(left);
        }
        return kept;
    }

    /** Whether a draft is too short to stand alone. */
    public static boolean isShort(PassageAssembler.Draft d, int standaloneWords) {
        return d.words < standaloneWords;
    }

    /** Whether a draft is a short passage of two articles, which links them when they share another such. */
    public static boolean isRareShort(PassageAssembler.Draft d, int standaloneWords) {
        return isShort(d, standaloneWords) && d.articles.size() == 2;
    }

    /**
     * A short draft as stock phrases leave it: whole when each of its articles has a partner among them, with
     * the occurrences of those that have one when two or more do, or null. Reads of the links only those of
     * the draft's articles.
     */
    public static PassageAssembler.Draft kept(PassageAssembler.Draft d, Links links, Copies copies,
            BiFunction<PassageAssembler.Draft, Set<String>, PassageAssembler.Draft> within) {
        List<String> articles = d.articles;
        Set<String> joined = joined(articles, links, copies);
        if (joined.size() == articles.size()) return d;
        if (joined.size() >= 2) return within.apply(d, Set.copyOf(joined));
        return null;
    }

    /**
     * The articles among {@code articles} that have a partner among them: one they are linked with (see
     * {@link #links}) or a copy of theirs. Each is looked up once, not pair by pair: a stock phrase may
     * stand in thousands of articles.
     */
    private static Set<String> joined(List<String> articles, Links links, Copies copies) {
        Set<String> joined = new HashSet<>();
        // Linked by a long passage: two of these articles stand in the same one.
        Map<Integer, Integer> inLong = new HashMap<>();
        for (String a : articles) {
            for (int l : links.longOf(a)) inLong.merge(l, 1, Integer::sum);
        }
        Set<String> here = new HashSet<>(articles);
        for (String a : articles) {
            for (int l : links.longOf(a)) {
                if (inLong.get(l) >= 2) {
                    joined.add(a);
                    break;
                }
            }
            if (joined.contains(a)) continue;
            // Linked by rare short passages.
            for (String b : links.rare(a)) {
                if (here.contains(b)) {
                    joined.add(a);
                    break;
                }
            }
        }
        // Copies: the same letter count first, then the same words; not needed when every article is joined.
        if (joined.size() == articles.size()) return joined;
        Map<Integer, List<String>> byLetters = new HashMap<>();
        for (String a : articles) byLetters.computeIfAbsent(copies.letters(a), k -> new ArrayList<>()).add(a);
        for (List<String> same : byLetters.values()) {
            if (same.size() < 2) continue;
            Map<List<String>, List<String>> byWords = new HashMap<>();
            for (String a : same) byWords.computeIfAbsent(copies.words(a), k -> new ArrayList<>()).add(a);
            for (List<String> copy : byWords.values()) if (copy.size() >= 2) joined.addAll(copy);
        }
        return joined;
    }

    private static final int[] NONE = {};

    /**
     * What links two articles (both among the candidates): a passage long enough to stand alone that both
     * carry, or at least {@link #RARE_SHORT_PASSAGES} short passages that no third article carries (see
     * {@link #isRareShort}).
     */
    public interface Links {
        /** The long passages the article stands in, each by a number that tells it apart from the others. */
        int[] longOf(String article);

        /** The article's partners by rare short passages. */
        Set<String> rare(String article);
    }

    /** The links of every candidate: {@code longOf} by the indexes of the long drafts, {@code rare} of every article. */
    private record AllLinks(Map<String, int[]> longOf, Map<String, Set<String>> rare) implements Links {
        @Override
        public int[] longOf(String article) {
            return longOf.getOrDefault(article, NONE);
        }

        @Override
        public Set<String> rare(String article) {
            return rare.getOrDefault(article, Set.of());
        }
    }

    private static Links links(List<PassageAssembler.Draft> drafts, int standaloneWords, Set<String> candidates) {
        Map<String, List<Integer>> longLists = new HashMap<>();
        Map<List<String>, Integer> rareShort = new HashMap<>();
        for (int i = 0; i < drafts.size(); i++) {
            PassageAssembler.Draft d = drafts.get(i);
            List<String> all = d.articles;
            if (!isShort(d, standaloneWords)) {
                int index = i;
                for (String a : all) if (candidates.contains(a)) longLists.computeIfAbsent(a, k -> new ArrayList<>()).add(index);
            } else if (isRareShort(d, standaloneWords)) {
                rareShort.merge(all, 1, Integer::sum);
            }
        }
        Map<String, int[]> longOf = new HashMap<>();
        longLists.forEach((a, list) -> longOf.put(a, list.stream().mapToInt(Integer::intValue).toArray()));
        Map<String, Set<String>> rare = new HashMap<>();
        rareShort.forEach((pair, count) -> {
            if (count >= RARE_SHORT_PASSAGES) {
                rare.computeIfAbsent(pair.get(0), k -> new HashSet<>()).add(pair.get(1));
                rare.computeIfAbsent(pair.get(1), k -> new HashSet<>()).add(pair.get(0));
            }
        });
        return new AllLinks(longOf, rare);
    }
}
