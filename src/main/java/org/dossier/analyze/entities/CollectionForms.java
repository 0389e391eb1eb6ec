package org.dossier.analyze.entities;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dossier.analyze.entities.EntityMerger.Form;

/**
 * The forms of a collection's names (see {@link EntityMerger}), kept from one build to the next and
 * brought up to date article by article: an article whose occurrences are the very list of the last build
 * costs nothing, and only the forms with a name in a changed article are made again. Each form that ends
 * up with the same occurrences as before is the same object as before, which lets everything made from
 * it be kept too. The result is what {@link #fresh} makes from the whole collection. Not thread-safe: one
 * build at a time.
 */
final class CollectionForms {
    /** The order of forms: by their first occurrence, as {@link EntityMerger} numbers them. */
    static final Comparator<Form> BY_FIRST = Comparator.comparing(Form::first, Occurrence.READING_ORDER);

    /** One article's occurrences sorted for merging; {@code keys} are the form keys of {@code clear}. */
    private record Sorted(List<Occurrence> clear, List<String> keys, List<Occurrence> weak, List<Occurrence> derived) {}

    /**
     * The forms of one collection, in order of their first occurrence, and the occurrences merging leaves
     * aside. Each article's clear names and their forms can be looked up until the next update.
     */
    static final class Update {
        private final List<Form> forms;
        private final List<Occurrence> weak;
        private final List<Occurrence> derived;
        private final List<Sorted> sorted;
        private final Map<String, Form> byKey;

        private Update(List<Form> forms, List<Occurrence> weak, List<Occurrence> derived, List<Sorted> sorted, Map<String, Form> byKey) {
            this.forms = forms;
            this.weak = weak;
            this.derived = derived;
            this.sorted = sorted;
            this.byKey = byKey;
        }

        List<Form> forms() {
            return forms;
        }

        List<Occurrence> weak() {
            return weak;
        }

        List<Occurrence> derived() {
            return derived;
        }

        /** The names of an article that merging clusters, in the order found. */
        List<Occurrence> clear(int articleIndex) {
            return sorted.get(articleIndex).clear();
        }

        /** The form of the {@code i}th of {@link #clear}. */
        Form formOf(int articleIndex, int i) {
            return byKey.get(sorted.get(articleIndex).keys().get(i));
        }
    }

    private Set<String> ignored = Set.of();
    /** Last build's occurrences of each article, compared by identity, and what they sorted into. */
    private List<List<Occurrence>> articles = List.of();
    private List<Sorted> sorted = List.of();
    private final Map<String, Form> byKey = new HashMap<>();
    /** The forms by {@link #BY_FIRST}, with no two first occurrences in the same place (else {@link #fresh} is used). */
    private final ArrayList<Form> inOrder = new ArrayList<>();
    /** False when two forms begin in the same place: then {@link #inOrder} cannot be searched, and each build is fresh. */
    private boolean ordered;

    /**
     * The forms of {@code byArticle} (each article's occurrences, article {@code i} at place {@code i}, in
     * the order found), leaving out names whose lookup key is in {@code ignored}.
     */
    Update update(List<List<Occurrence>> byArticle, Set<String> ignored, Names names) {
        try {
            return bringUpToDate(byArticle, ignored, names);
        } catch (RuntimeException | Error e) {
            forget(); // a half-updated index would answer wrongly next time
            throw e;
        }
    }

    private void forget() {
        articles = List.of();
        sorted = List.of();
        byKey.clear();
        inOrder.clear();
        ordered = false;
    }

    private Update bringUpToDate(List<List<Occurrence>> byArticle, Set<String> ignored, Names names) {
        if (!ignored.equals(this.ignored)) {
            forget();
            this.ignored = Set.copyOf(ignored);
        }
        EntityMerger.FormKeys keys = new EntityMerger.FormKeys(names);
        List<Sorted> nowSorted = new ArrayList<>(byArticle.size());
        BitSet changed = new BitSet();
        Map<String, List<Occurrence>> added = new LinkedHashMap<>();
        Set<String> touched = new LinkedHashSet<>();
        for (int a = 0; a < Math.max(byArticle.size(), articles.size()); a++) {
            List<Occurrence> now = a < byArticle.size() ? byArticle.get(a) : null;
            List<Occurrence> before = a < articles.size() ? articles.get(a) : null;
            if (now == before) {
                nowSorted.add(sorted.get(a));
                continue;
            }
            changed.set(a);
            if (before != null) touched.addAll(sorted.get(a).keys());
            if (now == null) continue;
            Sorted s = sort(a, now, keys);
            nowSorted.add(s);
            for (int i = 0; i < s.clear().size(); i++) {
                added.computeIfAbsent(s.keys().get(i), k -> new ArrayList<>()).add(s.clear().get(i));
                touched.add(s.keys().get(i));
            }
        }
        articles = List.copyOf(byArticle);
        sorted = nowSorted;
        if (!ordered || !apply(touched, changed, added, names)) fresh(names);
        List<Occurrence> weak = new ArrayList<>();
        List<Occurrence> derived = new ArrayList<>();
        for (Sorted s : nowSorted) {
            weak.addAll(s.weak());
            derived.addAll(s.derived());
        }
        return new Update(List.copyOf(inOrder), weak, derived, nowSorted, byKey);
    }

    private Sorted sort(int articleIndex, List<Occurrence> occurrences, EntityMerger.FormKeys keys) {
        List<Occurrence> clear = new ArrayList<>();
        List<String> clearKeys = new ArrayList<>();
        List<Occurrence> weak = new ArrayList<>();
        List<Occurrence> derived = new ArrayList<>();
        for (Occurrence o : occurrences) {
            if (o.articleIndex() != articleIndex) {
                throw new IllegalArgumentException("occurrence of article " + o.articleIndex() + " given at place " + articleIndex);
            }
            if (!ignored.isEmpty() && ignored.contains(NameKey.lookup(o.surface()))) continue;
            if (o.name().cue().isWeak()) {
                weak.add(o);
            } else if (o.name().cue() == Cue.DERIVED) {
                derived.add(o);
            } else {
                clear.add(o);
                clearKeys.add(keys.of(o.name()));
            }
        }
        return new Sorted(List.copyOf(clear), List.copyOf(clearKeys), List.copyOf(weak), List.copyOf(derived));
    }

    /**
     * Makes again the forms of the touched keys: their occurrences outside the changed articles, with those
     * {@code added} from them. False when two forms would begin in the same place, whose order only a
     * {@linkplain #fresh fresh} pass over the collection knows.
     */
    private boolean apply(Set<String> touched, BitSet changed, Map<String, List<Occurrence>> added, Names names) {
        List<Form> gone = new ArrayList<>();
        List<Form> made = new ArrayList<>();
        for (String key : touched) {
            Form before = byKey.get(key);
            List<Occurrence> occurrences = new ArrayList<>();
            if (before != null) {
                for (Occurrence o : before.occurrences) if (!changed.get(o.articleIndex())) occurrences.add(o);
            }
            occurrences.addAll(added.getOrDefault(key, List.of()));
            Occurrence.sortInReadingOrder(occurrences);
            if (before != null && before.occurrences.equals(occurrences)) continue; // the same names in the same places
            if (before != null) gone.add(before);
            if (occurrences.isEmpty()) {
                byKey.remove(key);
            } else {
                Form form = new Form(key, occurrences, names);
                byKey.put(key, form);
                made.add(form);
            }
        }
        for (Form f : gone) {
            int at = java.util.Collections.binarySearch(inOrder, f, BY_FIRST);
            if (at < 0 || inOrder.get(at) != f) throw new IllegalStateException("form " + f.key + " is not where its first occurrence puts it");
            inOrder.remove(at);
        }
        for (Form f : made) {
            int at = java.util.Collections.binarySearch(inOrder, f, BY_FIRST);
            if (at >= 0) return false;
            inOrder.add(-at - 1, f);
        }
        return true;
    }

    /** Every form made from the whole collection, numbered as the occurrences come in reading order. */
    private void fresh(Names names) {
        List<Occurrence> all = new ArrayList<>();
        List<String> allKeys = new ArrayList<>();
        for (Sorted s : sorted) {
            all.addAll(s.clear());
            allKeys.addAll(s.keys());
        }
        // Sorted by index so that the keys follow their occurrences (the sort is stable, as merging's is).
        Integer[] order = new Integer[all.size()];
        for (int i = 0; i < order.length; i++) order[i] = i;
        java.util.Arrays.sort(order, Comparator.comparing(all::get, Occurrence.READING_ORDER));
        Map<String, List<Occurrence>> byFirst = new LinkedHashMap<>();
        for (int i : order) byFirst.computeIfAbsent(allKeys.get(i), k -> new ArrayList<>()).add(all.get(i));
        Map<String, Form> kept = new HashMap<>(byKey);
        byKey.clear();
        inOrder.clear();
        byFirst.forEach((key, occurrences) -> {
            Form before = kept.get(key);
            Form form = before != null && before.occurrences.equals(occurrences) ? before : new Form(key, occurrences, names);
            byKey.put(key, form);
            inOrder.add(form);
        });
        ordered = true;
        for (int i = 1; i < inOrder.size(); i++) {
            if (BY_FIRST.compare(inOrder.get(i - 1), inOrder.get(i)) == 0) ordered = false; // only a fresh pass orders them
        }
    }
}
