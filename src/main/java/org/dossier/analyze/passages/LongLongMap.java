package org.dossier.analyze.passages;

import java.util.Arrays;

/**
 * A map from long keys to non-negative long values in two primitive arrays (open addressing, linear
 * probing), for the shingle table's half a million entries that boxed maps would triple in size. Keys are
 * never removed.
 */
final class LongLongMap {
    private static final long ABSENT = -1;

    private long[] keys;
    private long[] values;
    private int size;

    LongLongMap() {
        keys = new long[1 << 10];
        values = new long[1 << 10];
        Arrays.fill(values, ABSENT);
    }

    /** The value for {@code key}, or -1 when it has none. */
    long get(long key) {
        int mask = keys.length - 1;
        for (int i = slot(key, mask); ; i = (i + 1) & mask) {
            if (values[i] == ABSENT) return ABSENT;
            if (keys[i] == key) return values[i];
        }
    }

    /** Puts {@code value} (not negative) for {@code key} unless it has one; returns the value it had, or -1. */
    long putIfAbsent(long key, long value) {
        if (value < 0) throw new IllegalArgumentException("values must not be negative but was " + value);
        if (2 * (size + 1) > keys.length) grow();
        int mask = keys.length - 1;
        for (int i = slot(key, mask); ; i = (i + 1) & mask) {
            if (values[i] == ABSENT) {
                keys[i] = key;
                values[i] = value;
                size++;
                return ABSENT;
            }
            if (keys[i] == key) return values[i];
        }
    }

    int size() {
        return size;
    }

    private void grow() {
        long[] oldKeys = keys;
        long[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new long[oldValues.length * 2];
        Arrays.fill(values, ABSENT);
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldValues[i] != ABSENT) putIfAbsent(oldKeys[i], oldValues[i]);
        }
    }

    /** Keys are hashes already, but a last mix keeps clustered keys from clustering in the table. */
    private static int slot(long key, int mask) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }
}
