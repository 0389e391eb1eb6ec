package org.dossier.analyze.passages;

/** A stable sort of long keys carrying long payloads, in linear time: the shingle index needs millions. */
final class RadixSort {
    private static final int BITS = 16;
    private static final int BUCKETS = 1 << BITS;

    private RadixSort() {}

    /** Sorts {@code keys} as unsigned numbers, moving {@code payload} along; equal keys keep their order. */
    static void sort(long[] keys, long[] payload) {
        int n = keys.length;
        long[] keyBuffer = new long[n];
        long[] payloadBuffer = new long[n];
        long[] fromKeys = keys;
        long[] fromPayload = payload;
        long[] toKeys = keyBuffer;
        long[] toPayload = payloadBuffer;
        int[] counts = new int[BUCKETS + 1];
        for (int shift = 0; shift < Long.SIZE; shift += BITS) {
            java.util.Arrays.fill(counts, 0);
            for (int i = 0; i < n; i++) counts[digit(fromKeys[i], shift) + 1]++;
            for (int b = 0; b < BUCKETS; b++) counts[b + 1] += counts[b];
            for (int i = 0; i < n; i++) {
                int at = counts[digit(fromKeys[i], shift)]++;
                toKeys[at] = fromKeys[i];
                toPayload[at] = fromPayload[i];
            }
            long[] swapKeys = fromKeys;
            fromKeys = toKeys;
            toKeys = swapKeys;
            long[] swapPayload = fromPayload;
            fromPayload = toPayload;
            toPayload = swapPayload;
        }
        // Four passes: the sorted data is back in the caller's arrays.
    }

    private static int digit(long key, int shift) {
        return (int) ((key >>> shift) & (BUCKETS - 1));
    }
}
