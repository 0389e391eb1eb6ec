package org.dossier.render.search.reuse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.dossier.render.search.Analysed;
import org.dossier.render.search.DocTerms;
import org.dossier.render.search.IndexFiles;

/**
 * The postings, word forms and compounds of every searchable thing, as the plain index gathers them, kept up
 * to date one thing at a time: taking a thing out and putting its new terms in touches only that thing's
 * words. Each change notes the keys (terms and forms) and compound ends it touched, whose files must be
 * made again.
 *
 * <p>A posting is kept as its thing's slot (its group, 0 articles, 1 entities, 2 timeline entries, and its
 * number in the group, which {@link org.dossier.render.search.Numbering} gives by id), its code and its weight; a term's postings stay sorted by slot, and within a slot in
 * the order of the thing's docs, which is the order in which the plain index adds them.
 */
final class TermTable {
    /** Slots are {@code group << GROUP_SHIFT | number}. */
    private static final int GROUP_SHIFT = 28;
    private static final int NUMBER_MASK = (1 << GROUP_SHIFT) - 1;

    private final Map<String, Postings> postings = new HashMap<>();
    /** Each word form's stems, with the number of things that give the form that stem. */
    private final Map<String, Map<String, Integer>> forms = new HashMap<>();
    /** Each compound's stem and the number of things that use it (the stem depends on the word alone). */
    private final Map<String, Compound> compounds = new HashMap<>();
    /**
     * The size of each key (form or term), by its group (its first code point, the first level of the shards),
     * as of the last {@link #takeChanges()}.
     */
    private final Map<String, TreeMap<String, Integer>> sizesByGroup = new HashMap<>();
    /** The compounds by their end, each with its stem. */
    private final Map<String, TreeMap<String, String>> compoundsByEnd = new HashMap<>();

    /** The keys and compound ends changed since {@link #takeChanges()}. */
    private Set<String> changedKeys = new java.util.HashSet<>();
    private Set<String> changedEnds = new java.util.HashSet<>();

    private static final class Compound {
        final String stem;
        int count;

        Compound(String stem) {
            this.stem = stem;
        }
    }

    /** A term's postings: (slot, code, weight) triples, sorted by slot. */
    private static final class Postings {
        int[] values = new int[6];
        int size;

        /** Where the postings of {@code slot} would start. */
        int lowerBound(int slot) {
            int lo = 0;
            int hi = size / 3;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (values[mid * 3] < slot) lo = mid + 1;
                else hi = mid;
            }
            return lo * 3;
        }

        /** Where the postings after those of {@code slot} start. */
        int upperBound(int slot) {
            return lowerBound(slot + 1);
        }

        void insert(int slot, int code, int weight) {
            int at = upperBound(slot);
            if (size + 3 > values.length) values = Arrays.copyOf(values, values.length * 2);
            System.arraycopy(values, at, values, at + 3, size - at);
            values[at] = slot;
            values[at + 1] = code;
            values[at + 2] = weight;
            size += 3;
        }

        /**
         * Makes the postings of {@code slot} the (code, weight) pairs given, in order; whether they were other
         * ones before.
         */
        boolean replace(int slot, int[] pairs, int count) {
            int from = lowerBound(slot);
            int to = upperBound(slot);
            if (to - from == count / 2 * 3) {
                boolean same = true;
                for (int i = 0, at = from; same && i < count; i += 2, at += 3) same = values[at + 1] == pairs[i] && values[at + 2] == pairs[i + 1];
                if (same) return false;
            }
            int[] grown = new int[Math.max(values.length, size - (to - from) + count / 2 * 3 + 6)];
            System.arraycopy(values, 0, grown, 0, from);
            int at = from;
            for (int i = 0; i < count; i += 2) {
                grown[at++] = slot;
                grown[at++] = pairs[i];
                grown[at++] = pairs[i + 1];
            }
            System.arraycopy(values, to, grown, at, size - to);
            size = at + size - to;
            values = grown;
            return true;
        }

        void remove(int slot) {
            int from = lowerBound(slot);
            int to = upperBound(slot);
            System.arraycopy(values, to, values, from, size - to);
            size -= to - from;
        }

        /** As the shard writes them: each number as the difference from the one before, its code, its weight. */
        int[] encoded() {
            int[] out = new int[size];
            int last = -1;
            for (int i = 0; i < size; i += 3) {
                int number = values[i] & NUMBER_MASK;
                out[i] = last < 0 ? number : number - last;
                last = number;
                out[i + 1] = values[i + 1];
                out[i + 2] = values[i + 2];
            }
            return out;
        }
    }

    static int slot(int group, int number) {
        if (number > NUMBER_MASK) throw new IllegalArgumentException("too many things to index: " + number);
        return group << GROUP_SHIFT | number;
    }

    /**
     * Adds the postings, forms and compounds of {@code thing} at {@code slot}; {@code averageLength} gives the
     * average length that weighs each of its docs.
     */
    void add(int slot, Analysed thing, java.util.function.ToDoubleFunction<DocTerms> averageLength) {
        for (DocTerms doc : thing.docs()) {
            double average = averageLength.applyAsDouble(doc);
            doc.terms().forEach((term, tf) -> {
                Postings list = postings.get(term);
                if (list == null) {
                    list = new Postings();
                    postings.put(term, list);
                    changedKeys.add(term);
                }
                list.insert(slot, doc.sub(), org.dossier.render.search.Postings.weight(tf, doc.length(), average));
                changedKeys.add(term);
            });
        }
        addWords(thing);
    }

    /** Counts the word forms and compounds of {@code thing} in. */
    private void addWords(Analysed thing) {
        thing.forms().forEach((form, stems) -> {
            Map<String, Integer> counts = forms.get(form);
            if (counts == null) {
                counts = new TreeMap<>();
                forms.put(form, counts);
                changedKeys.add(form);
            }
            for (String stem : stems) {
                if (counts.merge(stem, 1, Integer::sum) == 1) changedKeys.add(form);
            }
        });
        thing.compounds().forEach((word, stem) -> {
            Compound compound = compounds.computeIfAbsent(word, w -> new Compound(stem));
            if (compound.count++ == 0) {
                String end = IndexFiles.compoundEnd(word);
                compoundsByEnd.computeIfAbsent(end, e -> new TreeMap<>()).put(word, stem);
                changedEnds.add(end);
            }
        });
    }

    /** Takes out what {@link #add} put in for {@code thing} at {@code slot}. */
    void remove(int slot, Analysed thing) {
        for (DocTerms doc : thing.docs()) {
            for (String term : doc.terms().keySet()) {
                Postings list = postings.get(term);
                if (list == null) continue;
                // A term in several docs of the thing is taken out at its first.
                list.remove(slot);
                changedKeys.add(term);
                if (list.size == 0) {
                    postings.remove(term);
                    changedKeys.add(term);
                }
            }
        }
        removeWords(thing);
    }

    /** Counts the word forms and compounds of {@code thing} out. */
    private void removeWords(Analysed thing) {
        thing.forms().forEach((form, stems) -> {
            Map<String, Integer> counts = forms.get(form);
            for (String stem : stems) {
                if (counts.merge(stem, -1, Integer::sum) == 0) {
                    counts.remove(stem);
                    changedKeys.add(form);
                }
            }
            if (counts.isEmpty()) {
                forms.remove(form);
                changedKeys.add(form);
            }
        });
        thing.compounds().forEach((word, stem) -> {
            Compound compound = compounds.get(word);
            if (--compound.count == 0) {
                compounds.remove(word);
                String end = IndexFiles.compoundEnd(word);
                TreeMap<String, String> words = compoundsByEnd.get(end);
                words.remove(word);
                if (words.isEmpty()) compoundsByEnd.remove(end);
                changedEnds.add(end);
            }
        });
    }

    /**
     * Puts {@code after} at {@code slot} in place of {@code before}, as {@link #remove} and {@link #add} would,
     * but notes only the keys and ends whose entries differ: an edit of one sentence leaves the postings of
     * the article's other paragraphs, and most of its words, as they were.
     */
    void replace(int slot, Analysed before, Analysed after, java.util.function.ToDoubleFunction<DocTerms> averageLength) {
        Map<String, int[]> pairs = new HashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        for (DocTerms doc : after.docs()) {
            double average = averageLength.applyAsDouble(doc);
            doc.terms().forEach((term, tf) -> {
                int count = counts.getOrDefault(term, 0);
                int[] list = pairs.get(term);
                if (list == null || list.length < count + 2) {
                    list = list == null ? new int[2] : Arrays.copyOf(list, list.length * 2);
                    pairs.put(term, list);
                }
                list[count] = doc.sub();
                list[count + 1] = org.dossier.render.search.Postings.weight(tf, doc.length(), average);
                counts.put(term, count + 2);
            });
        }
        for (DocTerms doc : before.docs()) {
            for (String term : doc.terms().keySet()) {
                if (pairs.containsKey(term)) continue;
                Postings list = postings.get(term);
                if (list == null || list.lowerBound(slot) == list.upperBound(slot)) continue;
                list.remove(slot);
                changedKeys.add(term);
                if (list.size == 0) postings.remove(term);
            }
        }
        pairs.forEach((term, list) -> {
            Postings postingsOf = postings.get(term);
            if (postingsOf == null) {
                postingsOf = new Postings();
                postings.put(term, postingsOf);
            }
            if (postingsOf.replace(slot, list, counts.get(term))) changedKeys.add(term);
        });
        // In before out: a form or compound both have is never counted down to none and up again.
        addWords(after);
        removeWords(before);
    }

    /** The first level of the shards: a key's first code point. */
    static String group(String key) {
        return key.isEmpty() ? key : key.substring(0, key.offsetByCodePoints(0, 1));
    }

    /** The keys and compound ends changed since the last call, and starts noting afresh. */
    Changes takeChanges() {
        Map<String, Map<String, int[]>> byGroup = new HashMap<>();
        for (String key : changedKeys) {
            String group = group(key);
            Integer size = size(key);
            Integer before;
            if (size != null) {
                before = sizesByGroup.computeIfAbsent(group, g -> new TreeMap<>()).put(key, size);
            } else {
                TreeMap<String, Integer> sizes = sizesByGroup.get(group);
                before = sizes == null ? null : sizes.remove(key);
                if (sizes != null && sizes.isEmpty()) sizesByGroup.remove(group);
            }
            byGroup.computeIfAbsent(group, g -> new HashMap<>()).put(key, new int[] {before == null ? 0 : before, size == null ? 0 : size});
        }
        Changes changes = new Changes(changedKeys, byGroup, changedEnds);
        changedKeys = new java.util.HashSet<>();
        changedEnds = new java.util.HashSet<>();
        return changes;
    }

    /**
     * The keys changed, the same by their group (first code point) with each one's size before and now (0 where
     * it was or is no key), and the compound ends changed.
     */
    record Changes(Set<String> keys, Map<String, Map<String, int[]>> byGroup, Set<String> ends) {}

    /** The groups (first code points) that have keys, sorted, as of the last {@link #takeChanges()}. */
    List<String> groups() {
        List<String> groups = new ArrayList<>(sizesByGroup.keySet());
        groups.sort(null);
        return groups;
    }

    /**
     * The size in bytes, as the shards weigh it, of each key of {@code group}, sorted, as of the last {@link
     * #takeChanges()}; not to be changed.
     */
    SortedMap<String, Integer> sizes(String group) {
        return java.util.Collections.unmodifiableSortedMap(sizesByGroup.getOrDefault(group, new TreeMap<>()));
    }

    /** The size of {@code key} (its stems, its postings); null when it is neither a form nor a term. */
    private Integer size(String key) {
        Map<String, Integer> stems = forms.get(key);
        Postings list = postings.get(key);
        if (stems == null && list == null) return null;
        int size = 0;
        if (stems != null) size += key.length() + 8 + stems.keySet().stream().mapToInt(s -> s.length() + 3).sum();
        if (list != null) size += key.length() + 6 + list.size * 3;
        return size;
    }

    /** The stems of the form {@code key}, sorted; null when it is no form. */
    List<String> stems(String key) {
        Map<String, Integer> stems = forms.get(key);
        return stems == null ? null : List.copyOf(stems.keySet());
    }

    /** The postings of the term {@code key} as the shard writes them; null when it is no term. */
    int[] postings(String key) {
        Postings list = postings.get(key);
        return list == null ? null : list.encoded();
    }

    /** The compound ends in use, sorted. */
    List<String> ends() {
        List<String> ends = new ArrayList<>(compoundsByEnd.keySet());
        ends.sort(null);
        return ends;
    }

    /** The compounds that end as {@code end}, each with its stem, sorted; empty when there are none. */
    SortedMap<String, String> compounds(String end) {
        TreeMap<String, String> words = compoundsByEnd.get(end);
        return words == null ? new TreeMap<>() : words;
    }
}
