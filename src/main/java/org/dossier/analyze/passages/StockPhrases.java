package org.dossier.analyze.passages;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiPredicate;
import org.dossier.model.Span;

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
final class StockPhrases {
    /** Short passages two articles share alone that together link them. */
    private static final int RARE_SHORT_PASSAGES = 2;

    private StockPhrases() {}

    /** @param copies whether two articles, by id, are copies of each other */
    static List<PassageAssembler.Draft> withoutStockLinks(List<PassageAssembler.Draft> drafts, int standaloneWords,
                                                         BiPredicate<String, String> copies) {
        Set<String> inShort = new HashSet<>();
        for (PassageAssembler.Draft d : drafts) if (d.words < standaloneWords) inShort.addAll(articles(d));
        if (inShort.isEmpty()) return drafts;
        Set<List<String>> linked = linkedPairs(drafts, standaloneWords, inShort);
        List<PassageAssembler.Draft> kept = new ArrayList<>(drafts.size());
        for (PassageAssembler.Draft d : drafts) {
            if (d.words >= standaloneWords) {
                kept.add(d);
                continue;
            }
            List<String> articles = new ArrayList<>(articles(d));
            Set<String> joined = new HashSet<>();
            for (int i = 0; i < articles.size(); i++) {
                for (int j = i + 1; j < articles.size(); j++) {
                    if (linked.contains(List.of(articles.get(i), articles.get(j))) || copies.test(articles.get(i), articles.get(j))) {
                        joined.add(articles.get(i));
                        joined.add(articles.get(j));
                    }
                }
            }
            if (joined.size() == articles.size()) kept.add(d);
            else if (joined.size() >= 2) kept.add(d.within(joined));
        }
        return kept;
    }

    /**
     * The pairs of articles (each in id order, both among {@code candidates}) that share a passage long
     * enough to stand alone, or enough short ones that no third article carries.
     */
    private static Set<List<String>> linkedPairs(List<PassageAssembler.Draft> drafts, int standaloneWords, Set<String> candidates) {
        Set<List<String>> linked = new HashSet<>();
        Map<List<String>, Integer> rareShort = new HashMap<>();
        for (PassageAssembler.Draft d : drafts) {
            TreeSet<String> all = articles(d);
            List<String> articles = new ArrayList<>(all);
            articles.retainAll(candidates);
            if (d.words >= standaloneWords) {
                for (int i = 0; i < articles.size(); i++) {
                    for (int j = i + 1; j < articles.size(); j++) linked.add(List.of(articles.get(i), articles.get(j)));
                }
            } else if (all.size() == 2) {
                rareShort.merge(articles, 1, Integer::sum);
            }
        }
        rareShort.forEach((pair, count) -> {
            if (count >= RARE_SHORT_PASSAGES) linked.add(pair);
        });
        return linked;
    }

    /** The draft's articles, each once, in id order (the order pairs are named in). */
    private static TreeSet<String> articles(PassageAssembler.Draft d) {
        TreeSet<String> articles = new TreeSet<>();
        for (Span s : d.spans) articles.add(s.article());
        return articles;
    }
}
