package org.dossier.analyze.passages.reuse;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import org.dossier.analyze.passages.PassageAssembler.Draft;
import org.dossier.analyze.passages.StockPhrases;
import org.dossier.analyze.passages.VocabularySteps;

/**
 * What {@link VocabularySteps#withoutStockLinks} gives, kept from build to build and redone only for the
 * short drafts an edit may have changed the fate of. A short draft is kept, narrowed or dropped by what
 * links its articles ({@link StockPhrases#kept}): the long drafts each stands in, its partners by rare
 * short drafts, and whether two of them are copies. The first two change for an article only when a draft
 * it stands in comes or goes (drafts compare by identity: a component no edit reached gives back the very
 * drafts it gave, see {@link RememberedComponents}); the third only when the article's prose changes, which
 * the caller says ({@code changedArticles}: those whose reading is another object than in the last build,
 * see {@link RememberedClasses}). So a short draft of the last build none of whose articles is among those
 * (touched) keeps its fate, and the others are judged again from links kept up to date draft by draft.
 *
 * <p>Starts afresh when the caller does not know which articles changed, or the setting differs.
 */
final class RememberedStockPhrases {
    private int standaloneWords = -1;
    /** The drafts of the last build. */
    private Set<Draft> drafts = identitySet();
    /** Each short draft of the last build, with what it left: itself, a narrowed draft, or null when dropped. */
    private final Map<Draft, Draft> fates = new IdentityHashMap<>();
    /** The long drafts each article stands in, and a number for each long draft. */
    private final Map<String, Set<Draft>> longOf = new HashMap<>();
    private final Map<Draft, Integer> numbers = new IdentityHashMap<>();
    private int nextNumber;
    /** For each article, the number of rare short drafts (see {@link StockPhrases#isRareShort}) it shares with each other article. */
    private final Map<String, Map<String, Integer>> rareWith = new HashMap<>();
    /** How many short drafts the last build judged again (all of them when it started afresh), and had, for tests. */
    private int judged;
    private int shortDrafts;

    /**
     * @param changedArticles the articles whose prose may have changed since the last call (those that came or
     *                        went among them), or null when that is not known
     */
    List<Draft> withoutStockLinks(List<Draft> now, int standaloneWords, StockPhrases.Copies copies, Set<String> changedArticles,
            BiFunction<Draft, Set<String>, Draft> within) {
        boolean afresh = changedArticles == null || standaloneWords != this.standaloneWords;
        if (afresh) {
            this.standaloneWords = standaloneWords;
            drafts = identitySet();
            fates.clear();
            longOf.clear();
            numbers.clear();
            rareWith.clear();
        }
        Set<Draft> current = identitySet();
        current.addAll(now);
        Set<String> touched = afresh ? null : new HashSet<>(changedArticles);
        for (Draft d : drafts) {
            if (current.contains(d)) continue;
            touched.addAll(d.articles());
            fates.remove(d);
            link(d, -1);
        }
        for (Draft d : now) {
            if (drafts.contains(d)) continue;
            if (touched != null) touched.addAll(d.articles());
            link(d, 1);
        }
        drafts = current;

        StockPhrases.Links links = new StockPhrases.Links() {
            @Override
            public int[] longOf(String article) {
                Set<Draft> in = longOf.getOrDefault(article, Set.of());
                int[] of = new int[in.size()];
                int i = 0;
                for (Draft d : in) of[i++] = numbers.get(d);
                return of;
            }

            @Override
            public Set<String> rare(String article) {
                Set<String> partners = new HashSet<>();
                rareWith.getOrDefault(article, Map.of()).forEach((other, count) -> {
                    if (count >= StockPhrases.RARE_SHORT_PASSAGES) partners.add(other);
                });
                return partners;
            }
        };
        judged = 0;
        shortDrafts = 0;
        List<Draft> kept = new ArrayList<>(now.size());
        for (Draft d : now) {
            if (!StockPhrases.isShort(d, standaloneWords)) {
                kept.add(d);
                continue;
            }
            shortDrafts++;
            Draft fate;
            if (fates.containsKey(d) && !touches(d, touched)) {
                fate = fates.get(d);
            } else {
                fate = StockPhrases.kept(d, links, copies, within);
                fates.put(d, fate);
                judged++;
            }
            if (fate != null) kept.add(fate);
        }
        return kept;
    }

    /** How many short drafts the last call judged again. */
    int judged() {
        return judged;
    }

    /** How many short drafts the last call had. */
    int shortDrafts() {
        return shortDrafts;
    }

    private static boolean touches(Draft d, Set<String> touched) {
        if (touched == null) return true;
        for (String article : d.articles()) if (touched.contains(article)) return true;
        return false;
    }

    /** Adds ({@code by} 1) or takes away ({@code by} -1) what a draft contributes to the links. */
    private void link(Draft d, int by) {
        List<String> articles = d.articles();
        if (!StockPhrases.isShort(d, standaloneWords)) {
            if (by > 0) numbers.put(d, nextNumber++);
            else numbers.remove(d);
            for (String a : articles) {
                Set<Draft> in = longOf.computeIfAbsent(a, k -> identitySet());
                if (by > 0) in.add(d);
                else in.remove(d);
                if (in.isEmpty()) longOf.remove(a);
            }
        } else if (StockPhrases.isRareShort(d, standaloneWords)) {
            count(articles.get(0), articles.get(1), by);
            count(articles.get(1), articles.get(0), by);
        }
    }

    private void count(String a, String b, int by) {
        Map<String, Integer> with = rareWith.computeIfAbsent(a, k -> new HashMap<>());
        int count = with.getOrDefault(b, 0) + by;
        if (count == 0) with.remove(b);
        else with.put(b, count);
        if (with.isEmpty()) rareWith.remove(a);
    }

    private static Set<Draft> identitySet() {
        return Collections.newSetFromMap(new IdentityHashMap<>());
    }
}
