package org.dossier.analyze.passages;

import java.util.Arrays;

/** A growable array of longs, to keep millions of index entries out of boxes. */
public final class LongList {
    private long[] values = new long[8];
    private int size;

    public void add(long value) {
        if (size == values.length) values = Arrays.copyOf(values, size * 2);
        values[size++] = value;
    }

    public long get(int i) {
        return values[i];
    }

    public int size() {
        return size;
    }

    public long[] toArray() {
        return Arrays.copyOf(values, size);
    }
}
