package org.dossier.render;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.dossier.render.DossierIndex.Lookup;

/**
 * Every question one page asked of the dossier while its view was built, with the answer it got: what
 * the page depends on, so a later render can tell that it would come out the same. Kept in three
 * parallel arrays, not a list of records, as a large dossier's pages hold millions of reads between
 * renders. A question asked again is noted once: one index answers it the same every time, and a quarter
 * of a page's reads are such repeats (an entity page asks for the same article card for each mention), each
 * of which the next render would otherwise check. Written by one thread at a time.
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
    private int size;
    /** The questions noted so far, while the page is made; dropped once it is. */
    private Set<Question> asked = new HashSet<>();

    void add(Lookup lookup, Object key, Object answer) {
        if (!asked.add(new Question(lookup, key))) return;
        if (size == lookups.length) {
            int capacity = Math.max(16, size * 2);
            lookups = Arrays.copyOf(lookups, capacity);
            keys = Arrays.copyOf(keys, capacity);
            answers = Arrays.copyOf(answers, capacity);
        }
        lookups[size] = lookup;
        keys[size] = key;
        answers[size] = answer;
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

    /** Drops the spare capacity and the set of questions, as the reads are kept until the next render. */
    PageReads trimmed() {
        asked = null;
        lookups = Arrays.copyOf(lookups, size);
        keys = Arrays.copyOf(keys, size);
        answers = Arrays.copyOf(answers, size);
        return this;
    }
}
