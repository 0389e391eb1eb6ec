package org.dossier.analyze.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dossier.analyze.entities.EntityMerger.Form;

/**
 * The forms of a collection's names (see {@link EntityMerger}): each article's names sorted into those
 * merging clusters, those with nothing but a capital to them and derived names; the clear names keyed
 * (gazetteer key or spelling) and gathered by key in reading order, one form per key, the forms in order
 * of their first occurrence.
 */
final class CollectionForms {
    /** The order of forms: by their first occurrence, as {@link EntityMerger} numbers them. */
    static final Comparator<Form> BY_FIRST = Comparator.comparing(Form::first, Occurrence.READING_ORDER);

    /** One article's occurrences sorted for merging; {@code keys} are the form keys of {@code clear}. */
    record Sorted(List<Occurrence> clear, List<String> keys, List<Occurrence> weak, List<Occurrence> derived) {}

    /**
     * What sorting one article's occurrences reads: the occurrences (the same list object, as an unchanged
     * article keeps its occurrences), the article's place and the lookup keys the editor ignores.
     */
    record SortInput(Same<List<Occurrence>> occurrences, int articleIndex, Set<String> ignored) {}

    static final Step<SortInput, Sorted> SORTED = new Step<>("an article's names sorted for merging");

    /**
     * A form's key and its occurrences in reading order: all a {@link Form} is made from. Compared element
     * by element, each occurrence first by identity (an unchanged article brings the very same ones); hashed
     * by the key and the number of occurrences only, as hashing every occurrence would cost what keeping the
     * form saves.
     */
    record FormInput(String key, List<Occurrence> occurrences) {
        @Override
        public boolean equals(Object o) {
            if (!(o instanceof FormInput other) || !key.equals(other.key) || occurrences.size() != other.occurrences.size()) return false;
            for (int i = 0; i < occurrences.size(); i++) {
                Occurrence a = occurrences.get(i);
                Occurrence b = other.occurrences.get(i);
                if (a != b && !a.equals(b)) return false;
            }
            return true;
        }

        @Override
        public int hashCode() {
            return 31 * key.hashCode() + occurrences.size();
        }
    }

    static final Step<FormInput, Form> FORM = new Step<>("form of a name");

    /**
     * The forms of one collection, in order of their first occurrence, and the occurrences merging leaves
     * aside. Each article's clear names and their forms can be looked up.
     */
    static final class Forms {
        private final List<Form> forms;
        private final List<Occurrence> weak;
        private final List<Occurrence> derived;
        private final List<Sorted> sorted;
        private final Map<String, Form> byKey;

        private Forms(List<Form> forms, List<Occurrence> weak, List<Occurrence> derived, List<Sorted> sorted, Map<String, Form> byKey) {
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

    private CollectionForms() {}

    /**
     * The forms of {@code byArticle} (each article's occurrences, article {@code i} at place {@code i}, in
     * the order found), leaving out names whose lookup key is in {@code ignored}.
     */
    static Forms of(List<List<Occurrence>> byArticle, Set<String> ignored, Names names, Shortcuts shortcuts) {
        Set<String> ignoredKeys = Set.copyOf(ignored);
        EntityMerger.FormKeys keys = new EntityMerger.FormKeys(names);
        List<Sorted> sorted = new ArrayList<>(byArticle.size());
        for (int a = 0; a < byArticle.size(); a++) {
            int articleIndex = a;
            sorted.add(shortcuts.recall(SORTED, new SortInput(Same.of(byArticle.get(a)), a, ignoredKeys),
                    in -> sort(articleIndex, in.occurrences().value(), ignoredKeys, keys)));
        }
        List<Occurrence> all = new ArrayList<>();
        List<String> allKeys = new ArrayList<>();
        List<Occurrence> weak = new ArrayList<>();
        List<Occurrence> derived = new ArrayList<>();
        for (Sorted s : sorted) {
            all.addAll(s.clear());
            allKeys.addAll(s.keys());
            weak.addAll(s.weak());
            derived.addAll(s.derived());
        }
        // Gathered by key as the occurrences come in reading order (a stable sort, so the keys follow their occurrences).
        Map<String, List<Occurrence>> byFirst = new LinkedHashMap<>();
        for (int i : readingOrder(all)) byFirst.computeIfAbsent(allKeys.get(i), k -> new ArrayList<>()).add(all.get(i));
        List<Form> forms = new ArrayList<>(byFirst.size());
        Map<String, Form> byKey = new HashMap<>();
        byFirst.forEach((key, occurrences) -> {
            Form form = shortcuts.recall(FORM, new FormInput(key, List.copyOf(occurrences)), in -> new Form(in.key(), in.occurrences(), names));
            forms.add(form);
            byKey.put(key, form);
        });
        return new Forms(List.copyOf(forms), weak, derived, sorted, byKey);
    }

    private static Sorted sort(int articleIndex, List<Occurrence> occurrences, Set<String> ignored, EntityMerger.FormKeys keys) {
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

    /** The indexes of {@code occurrences} in reading order, stably: as they come when they come in order, as they usually do. */
    private static int[] readingOrder(List<Occurrence> occurrences) {
        int[] order = new int[occurrences.size()];
        boolean inOrder = true;
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
            if (i > 0 && Occurrence.READING_ORDER.compare(occurrences.get(i - 1), occurrences.get(i)) > 0) inOrder = false;
        }
        if (inOrder) return order;
        Integer[] boxed = new Integer[order.length];
        for (int i = 0; i < boxed.length; i++) boxed[i] = i;
        java.util.Arrays.sort(boxed, Comparator.comparing(occurrences::get, Occurrence.READING_ORDER));
        for (int i = 0; i < boxed.length; i++) order[i] = boxed[i];
        return order;
    }
}
