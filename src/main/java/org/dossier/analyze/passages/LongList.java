package org.dossier.analyze.passages;

import java.util.Arrays;

/** A growable array of longs, to keep millions of index entries out of boxes. */
final class LongList {
    private long[] values = new long[8];
    private int size;

    void add(long value) {
        if (size == values.length) values = Arrays.copyOf(values, size * 2);
        values[size++] = value;
    }

    long get(int i) {
        return values[i];
    }

    int size() {
        return size;
    }

    long[] toArray() {
        return Arrays.copyOf(values, size);
    }
}
