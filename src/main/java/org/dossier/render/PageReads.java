package org.dossier.render;

import java.util.Arrays;
import org.dossier.render.DossierIndex.Lookup;

/**
 * Every question one page asked of the dossier while its view was built, with the answer it got: what
 * the page depends on, so a later render can tell that it would come out the same. Kept in three
 * parallel arrays, not a list of records, as a large dossier's pages hold millions of reads between
 * renders. Written by one thread at a time.
 */
final class PageReads {
    private Lookup[] lookups = new Lookup[16];
    private Object[] keys = new Object[16];
    private Object[] answers = new Object[16];
    private int size;

    void add(Lookup lookup, Object key, Object answer) {
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

    /** Drops the spare capacity, as the reads are kept until the next render. */
    PageReads trimmed() {
        lookups = Arrays.copyOf(lookups, size);
        keys = Arrays.copyOf(keys, size);
        answers = Arrays.copyOf(answers, size);
        return this;
    }
}
