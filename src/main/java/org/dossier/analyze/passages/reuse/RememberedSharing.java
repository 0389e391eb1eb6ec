package org.dossier.analyze.passages.reuse;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dossier.analyze.passages.PassageSteps;
import org.dossier.analyze.passages.SharingSummaries;
import org.dossier.analyze.passages.SharingSummaries.ArticlePart;
import org.dossier.analyze.passages.SharingSummaries.ArticleWords;
import org.dossier.analyze.passages.SharingSummaries.PairPart;
import org.dossier.model.Article;
import org.dossier.model.Passage;
import org.dossier.model.SharingSummary;
import org.dossier.model.SharingSummary.ArticleSharing;
import org.dossier.model.SharingSummary.PairSharing;
import org.dossier.model.SharingSummary.PassageOrigin;
import org.dossier.model.Span;

/**
 * What {@link SharingSummaries#of} gives, kept from build to build and counted again only where an edit
 * reached: an article's share when the article (the object) or a passage it stands in is new or gone, a
 * pair's when either article is new or a passage they share is new or gone, a passage's origin when the
 * passage or one of its articles is new. Passages compare by identity: an unchanged passage is the same
 * object from build to build (see {@link RememberedComponents}), and an equal one that is not is simply
 * counted again. Starts afresh when the articles still here stand in another order among themselves, which
 * orients the pairs.
 */
final class RememberedSharing {
    private final PassageSteps steps;
    /** The last build's articles by id, or null before the first build. */
    private Map<String, Article> articles;
    /** Each article's place in the last build's order. */
    private Map<String, Integer> places = Map.of();
    private final Map<String, ArticleWords> words = new HashMap<>();
    private Set<Passage> passages = identitySet();
    /** The passages each article stands in. */
    private final Map<String, Set<Passage>> passagesOf = new HashMap<>();
    private final Map<String, ArticleSharing> articleSharing = new HashMap<>();
    private final Map<Pair, PairSharing> pairSharing = new HashMap<>();
    /** Each pair's place in the last build's order of pairs. */
    private Map<Pair, Integer> pairPlaces = Map.of();
    private List<PairSharing> pairs = List.of();
    private final Map<Passage, PassageOrigin> origins = new IdentityHashMap<>();

    /** Two articles by id, the first before the second in the order given. */
    private record Pair(String first, String second) {}

    RememberedSharing(PassageSteps steps) {
        this.steps = steps;
    }

    SharingSummary of(List<Article> given, List<Passage> found) {
        try {
            return counted(given, found);
        } catch (RuntimeException e) {
            // A count that failed half way leaves the memory in between two builds: the next one starts afresh.
            articles = null;
            throw e;
        }
    }

    private SharingSummary counted(List<Article> given, List<Passage> found) {
        Map<String, Integer> placesNow = new HashMap<>(2 * given.size());
        for (int i = 0; i < given.size(); i++) {
            if (placesNow.put(given.get(i).id(), i) != null) return afresh(given, found, placesNow);
        }
        if (articles == null || !sameOrder(given)) return afresh(given, found, placesNow);

        Map<String, Article> byId = new HashMap<>(2 * given.size());
        Set<String> changed = new LinkedHashSet<>();
        for (Article article : given) {
            byId.put(article.id(), article);
            if (articles.get(article.id()) != article) changed.add(article.id());
        }
        List<String> removed = new ArrayList<>();
        if (given.size() - changed.size() < articles.size()) {
            for (String id : articles.keySet()) if (!byId.containsKey(id)) removed.add(id);
        }
        Set<Passage> now = identitySet();
        List<Passage> added = new ArrayList<>();
        for (Passage passage : found) {
            if (now.add(passage) && !passages.contains(passage)) added.add(passage);
        }
        List<Passage> gone = new ArrayList<>();
        for (Passage passage : passages) if (!now.contains(passage)) gone.add(passage);

        for (String id : removed) words.remove(id);
        for (String id : changed) words.put(id, steps.sharingWords(byId.get(id)));
        for (Passage passage : gone) {
            origins.remove(passage);
            for (String id : articlesOf(passage)) {
                Set<Passage> of = passagesOf.get(id);
                of.remove(passage);
                if (of.isEmpty()) passagesOf.remove(id);
            }
        }
        for (Passage passage : added) {
            for (String id : articlesOf(passage)) passagesOf.computeIfAbsent(id, k -> identitySet()).add(passage);
        }
        // What a whole count checks of the passages an edit could have made wrong.
        Set<Passage> toCheck = identitySet();
        toCheck.addAll(added);
        for (String id : removed) toCheck.addAll(passagesOf.getOrDefault(id, Set.of()));
        for (String id : changed) toCheck.addAll(passagesOf.getOrDefault(id, Set.of()));
        for (Passage passage : toCheck) SharingSummaries.checkOccurrences(passage, words::get);

        Set<String> touched = new HashSet<>(changed);
        Set<Pair> touchedPairs = new HashSet<>();
        for (List<Passage> either : List.of(added, gone)) {
            for (Passage passage : either) {
                List<String> in = articlesOf(passage);
                touched.addAll(in);
                for (int i = 0; i < in.size(); i++) {
                    for (int j = i + 1; j < in.size(); j++) touchedPairs.add(pair(in.get(i), in.get(j), placesNow));
                }
            }
        }
        for (String id : changed) {
            for (Passage passage : passagesOf.getOrDefault(id, Set.of())) {
                for (String other : articlesOf(passage)) if (!other.equals(id)) touchedPairs.add(pair(id, other, placesNow));
            }
        }
        for (String id : removed) articleSharing.remove(id);
        for (String id : touched) {
            if (byId.containsKey(id)) articleSharing.put(id, shareOf(id));
        }
        boolean pairsMoved = false;
        for (Pair pair : touchedPairs) {
            PairSharing sharing = byId.containsKey(pair.first()) && byId.containsKey(pair.second()) ? shareOf(pair) : null;
            PairSharing before = sharing == null ? pairSharing.remove(pair) : pairSharing.put(pair, sharing);
            if ((before == null) != (sharing == null)) pairsMoved = true;
        }
        for (Passage passage : found) {
            if (!origins.containsKey(passage)) origins.put(passage, SharingSummaries.origin(passage, byId::get));
        }
        for (String id : changed) {
            for (Passage passage : passagesOf.getOrDefault(id, Set.of())) origins.put(passage, SharingSummaries.origin(passage, byId::get));
        }
        articles = byId;
        places = placesNow;
        passages = now;
        if (pairsMoved) {
            orderPairs();
        } else if (!touchedPairs.isEmpty()) {
            List<PairSharing> next = new ArrayList<>(pairs);
            for (Pair pair : touchedPairs) next.set(pairPlaces.get(pair), pairSharing.get(pair));
            pairs = Collections.unmodifiableList(next);
        }
        return summary(given, found);
    }

    /** A whole count, from which the memory starts again. */
    private SharingSummary afresh(List<Article> given, List<Passage> found, Map<String, Integer> placesNow) {
        SharingSummary whole = SharingSummaries.of(given, found, steps);
        articles = new HashMap<>();
        for (Article article : given) articles.put(article.id(), article);
        places = placesNow;
        words.clear();
        for (Article article : given) words.put(article.id(), steps.sharingWords(article));
        passages = identitySet();
        passages.addAll(found);
        passagesOf.clear();
        for (Passage passage : found) {
            for (String id : articlesOf(passage)) passagesOf.computeIfAbsent(id, k -> identitySet()).add(passage);
        }
        articleSharing.clear();
        for (ArticleSharing sharing : whole.articles()) articleSharing.put(sharing.article(), sharing);
        pairSharing.clear();
        for (PairSharing sharing : whole.pairs()) pairSharing.put(new Pair(sharing.first(), sharing.second()), sharing);
        orderPairs();
        origins.clear();
        for (int i = 0; i < found.size(); i++) origins.put(found.get(i), whole.origins().get(i));
        return whole;
    }

    private SharingSummary summary(List<Article> given, List<Passage> found) {
        List<ArticleSharing> articleList = new ArrayList<>(given.size());
        for (Article article : given) articleList.add(articleSharing.get(article.id()));
        List<PassageOrigin> originList = new ArrayList<>(found.size());
        for (Passage passage : found) originList.add(origins.get(passage));
        return new SharingSummary(List.copyOf(articleList), pairs, List.copyOf(originList));
    }

    private void orderPairs() {
        List<Pair> order = new ArrayList<>(pairSharing.keySet());
        order.sort(Comparator.<Pair>comparingInt(p -> places.get(p.first())).thenComparingInt(p -> places.get(p.second())));
        Map<Pair, Integer> at = new HashMap<>(2 * order.size());
        List<PairSharing> list = new ArrayList<>(order.size());
        for (Pair pair : order) {
            at.put(pair, list.size());
            list.add(pairSharing.get(pair));
        }
        pairPlaces = at;
        pairs = Collections.unmodifiableList(list);
    }

    private ArticleSharing shareOf(String id) {
        List<Span> spans = new ArrayList<>();
        for (Passage passage : passagesOf.getOrDefault(id, Set.of())) {
            for (Span span : passage.occurrences()) if (span.article().equals(id)) spans.add(span);
        }
        return PassageSteps.FRESH.articleSharing(new ArticlePart(id, words.get(id), spans));
    }

    /** The pair's share, or null when its articles share no passage. */
    private PairSharing shareOf(Pair pair) {
        Set<Passage> first = passagesOf.getOrDefault(pair.first(), Set.of());
        Set<Passage> second = passagesOf.getOrDefault(pair.second(), Set.of());
        List<Passage> shared = new ArrayList<>();
        for (Passage passage : first.size() <= second.size() ? first : second) {
            if ((first.size() <= second.size() ? second : first).contains(passage)) shared.add(passage);
        }
        if (shared.isEmpty()) return null;
        return PassageSteps.FRESH.pairSharing(new PairPart(pair.first(), words.get(pair.first()), pair.second(), words.get(pair.second()), shared));
    }

    /** The pair of two articles, oriented by their places now, or, when one is gone, by those of the last build, where it was kept. */
    private Pair pair(String a, String b, Map<String, Integer> placesNow) {
        Integer pa = placesNow.get(a);
        Integer pb = placesNow.get(b);
        if (pa == null || pb == null) {
            pa = places.getOrDefault(a, -1);
            pb = places.getOrDefault(b, -1);
        }
        return pa < pb ? new Pair(a, b) : new Pair(b, a);
    }

    /** Whether the articles of the last build that are still here stand in the same order among themselves. */
    private boolean sameOrder(List<Article> given) {
        int last = -1;
        for (Article article : given) {
            Integer before = places.get(article.id());
            if (before == null) continue;
            if (before < last) return false;
            last = before;
        }
        return true;
    }

    /** The passage's articles, each once. */
    private static List<String> articlesOf(Passage passage) {
        Set<String> in = new LinkedHashSet<>();
        for (Span span : passage.occurrences()) in.add(span.article());
        return new ArrayList<>(in);
    }

    private static Set<Passage> identitySet() {
        return Collections.newSetFromMap(new IdentityHashMap<>());
    }
}
