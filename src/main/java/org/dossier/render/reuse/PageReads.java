package org.dossier.render.reuse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.dossier.render.DossierIndex.Lookup;

/**
 * Every question one page asked of the dossier while its view was built, with the answer it got: what
 * the page depends on, so a later render can tell that it would come out the same. Kept in parallel
 * arrays, not a list of records, as a large dossier's pages hold hundreds of thousands of reads between
 * renders. A question asked again is noted once: one index answers it the same every time, and a quarter
 * of a page's reads are such repeats (an entity page asks for the same article card for each mention).
 * Once the page is made, its reads are grouped by the part of the index (one article's, one entity's)
 * each was answered from, so that a later index that still has that very part can pass the whole group
 * at once. Written by one thread at a time.
 */
final class PageReads {
    /** One question, as a set element; its hash is worked out once. */
    private static final class Question {
        private final Lookup lookup;
        private final Object key;
        private final int hash;

        Question(Lookup lookup, Object key) {
            this.lookup = lookup;
            this.key = key;
            this.hash = 31 * lookup.ordinal() + key.hashCode();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Question other && lookup == other.lookup && Objects.equals(key, other.key);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    private Lookup[] lookups = new Lookup[16];
    private Object[] keys = new Object[16];
    private Object[] answers = new Object[16];
    /** The part of the index each answer came from alone (see {@link Lookup#owner}), or null. */
    private Object[] owners = new Object[16];
    private int size;
    /** The questions noted so far, while the page is made; dropped once it is. */
    private Set<Question> asked = new HashSet<>();
    /**
     * Once the page is made, its reads stand grouped by the part they were answered from: group g holds reads
     * {@code groupStarts[g]} up to {@code groupStarts[g + 1]}, all answered from {@code groupOwners[g]}.
     */
    private Object[] groupOwners;
    private int[] groupStarts;

    void add(Lookup lookup, Object key, Object answer, Object owner) {
        if (groupOwners != null) throw new IllegalStateException("the page's reads are closed");
        if (!asked.add(new Question(lookup, key))) return;
        if (size == lookups.length) {
            int capacity = Math.max(16, size * 2);
            lookups = Arrays.copyOf(lookups, capacity);
            keys = Arrays.copyOf(keys, capacity);
            answers = Arrays.copyOf(answers, capacity);
            owners = Arrays.copyOf(owners, capacity);
        }
        lookups[size] = lookup;
        keys[size] = key;
        answers[size] = answer;
        owners[size] = owner;
        size++;
    }

    int size() {
        return size;
    }

    Lookup lookup(int i) {
        return lookups[i];
    }

    Object key(int i) {
        return keys[i];
    }

    Object answer(int i) {
        return answers[i];
    }

    /** Replaces an answer with an equal one from a newer dossier, so the older dossier can be let go. */
    void replaceAnswer(int i, Object answer) {
        answers[i] = answer;
    }

    /** The number of groups of reads answered from one part of the index (the reads without one are a group too). */
    int groups() {
        closed();
        return groupOwners.length;
    }

    int groupStart(int group) {
        return groupStarts[group];
    }

    int groupEnd(int group) {
        return groupStarts[group + 1];
    }

    /** The part every read of the group was answered from; null for the reads that have none. */
    Object groupOwner(int group) {
        return groupOwners[group];
    }

    /** Replaces a group's part with a newer one that answers its reads as before. */
    void replaceGroupOwner(int group, Object owner) {
        groupOwners[group] = owner;
    }

    /** Closes the reads: drops the spare capacity and the set of questions, as they are kept until the next render. */
    PageReads trimmed() {
        closed();
        return this;
    }

    /** Groups the reads by the part they were answered from (the first time), keeping the order within each. */
    private void closed() {
        if (groupOwners != null) return;
        asked = null;
        Map<Object, Integer> groupOf = new IdentityHashMap<>();
        List<Object> owned = new ArrayList<>();
        int[] groupOfRead = new int[size];
        for (int i = 0; i < size; i++) {
            Object owner = owners[i];
            Integer group = groupOf.get(owner);
            if (group == null) {
                group = owned.size();
                groupOf.put(owner, group);
                owned.add(owner);
            }
            groupOfRead[i] = group;
        }
        int[] starts = new int[owned.size() + 1];
        for (int i = 0; i < size; i++) starts[groupOfRead[i] + 1]++;
        for (int g = 0; g < owned.size(); g++) starts[g + 1] += starts[g];
        int[] next = Arrays.copyOf(starts, owned.size());
        Lookup[] groupedLookups = new Lookup[size];
        Object[] groupedKeys = new Object[size];
        Object[] groupedAnswers = new Object[size];
        for (int i = 0; i < size; i++) {
            int at = next[groupOfRead[i]]++;
            groupedLookups[at] = lookups[i];
            groupedKeys[at] = keys[i];
            groupedAnswers[at] = answers[i];
        }
        lookups = groupedLookups;
        keys = groupedKeys;
        answers = groupedAnswers;
        owners = null;
        groupOwners = owned.toArray();
        groupStarts = starts;
    }
}
