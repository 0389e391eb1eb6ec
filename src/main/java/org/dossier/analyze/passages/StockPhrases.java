package org.dossier.analyze.passages;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
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

    /** @param proseWords the normalised words of an article's prose, by article id */
    static List<PassageAssembler.Draft> withoutStockLinks(List<PassageAssembler.Draft> drafts, int standaloneWords,
                                                         Function<String, List<String>> proseWords) {
        Set<String> inShort = new HashSet<>();
        for (PassageAssembler.Draft d : drafts) if (d.words < standaloneWords) inShort.addAll(articles(d));
        if (inShort.isEmpty()) return drafts;
        Set<List<String>> linked = new HashSet<>();
        Map<List<String>, Integer> rareShort = new HashMap<>();
        for (PassageAssembler.Draft d : drafts) {
            List<String> articles = new ArrayList<>(articles(d));
            articles.retainAll(inShort);
            if (d.words >= standaloneWords) {
                for (int i = 0; i < articles.size(); i++) {
                    for (int j = i + 1; j < articles.size(); j++) linked.add(List.of(articles.get(i), articles.get(j)));
                }
            } else if (articles(d).size() == 2) {
                rareShort.merge(articles, 1, Integer::sum);
            }
        }
        rareShort.forEach((pair, count) -> {
            if (count >= RARE_SHORT_PASSAGES) linked.add(pair);
        });
        Map<String, List<String>> words = new HashMap<>();
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
                    List<String> pair = List.of(articles.get(i), articles.get(j));
                    if (linked.contains(pair) || words.computeIfAbsent(pair.get(0), proseWords)
                            .equals(words.computeIfAbsent(pair.get(1), proseWords))) {
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

    /** The draft's articles, each once, in id order (the order pairs are named in). */
    private static TreeSet<String> articles(PassageAssembler.Draft d) {
        TreeSet<String> articles = new TreeSet<>();
        for (Span s : d.spans) articles.add(s.article());
        return articles;
    }
}
