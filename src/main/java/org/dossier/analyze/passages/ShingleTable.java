package org.dossier.analyze.passages;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.LongConsumer;

/**
 * Where each hashed word shingle stands, kept from build to build so that a build hashes only the
 * shingles of words it has not seen before. Each distinct sequence of words (a block class's) gets a
 * slot once and keeps it; a build says which slots it uses ({@link #slotOf}), and only shingles that
 * stand in two places or more are ever looked at again ({@link #forEachRepeated}), which in news is a
 * small share of them.
 *
 * <p>Slots of words no build uses any more stay, so that undoing an edit costs nothing; once they
 * outnumber the ones in use ({@link #outgrown}), a new table is worth starting. Word ids are those of
 * one vocabulary, so a table belongs to its {@link VocabularySteps}. One find at a time.
 */
public final class ShingleTable {
    /** A 64-bit hash of the shingle of {@code size} words at {@code from}. */
    interface Hash {
        long of(int[] ids, int from, int size);
    }

    private final int shingleSize;
    private final Hash hash;
    private final Map<WordsKey, Integer> slots = new HashMap<>();
    /** For each shingle hash, its first place, as {@code (slot << 32) | position}. */
    private final LongLongMap firstPlace = new LongLongMap();
    /** For each shingle hash seen in two places or more, every place, in the order they were added. */
    private final Map<Long, LongList> repeated = new HashMap<>();
    /** The words of each slot, to tell the words of a repeated hash's places apart when they are added. */
    private final List<int[]> idsOfSlot = new ArrayList<>();
    /** The repeated hashes whose places do not all hold the words of the first (hashes that collide). */
    private final Set<Long> mixed = new HashSet<>();
    private int slotsInUse;

    public ShingleTable(int shingleSize) {
        this(shingleSize, ShingleTable::mix);
    }

    /** A table with another hash, so that tests can make shingles collide. */
    ShingleTable(int shingleSize, Hash hash) {
        this.shingleSize = shingleSize;
        this.hash = hash;
    }

    public int shingleSize() {
        return shingleSize;
    }

    /** The slot of these words (a class's ids), adding their shingles when they are new. */
    public int slotOf(int[] ids, int idsHash) {
        Integer known = slots.get(new WordsKey(ids, idsHash));
        if (known != null) return known;
        int slot = slots.size();
        slots.put(new WordsKey(ids, idsHash), slot);
        idsOfSlot.add(ids);
        for (int p = 0; p + shingleSize <= ids.length; p++) add(hash.of(ids, p, shingleSize), ((long) slot << 32) | p);
        return slot;
    }

    /** How many slots the table has given out: they are numbered from 0. */
    public int slotCount() {
        return slots.size();
    }

    /** Every shingle hash that stands in two places or more, with its places as {@code (slot << 32) | position}. */
    void forEachRepeated(BiConsumer<Long, LongList> action) {
        repeated.forEach(action);
    }

    /** Every shingle hash that stands in two places or more. */
    public void forEachRepeatedHash(LongConsumer action) {
        for (long hash : repeated.keySet()) action.accept(hash);
    }

    /** The places of a shingle hash that stands in two places or more, as {@code (slot << 32) | position}, or null. */
    LongList places(long hash) {
        return repeated.get(hash);
    }

    /** The hash of each shingle of the words at a slot, in word order. */
    public void forEachShingle(int slot, LongConsumer action) {
        int[] ids = idsOfSlot.get(slot);
        for (int p = 0; p + shingleSize <= ids.length; p++) action.accept(hash.of(ids, p, shingleSize));
    }

    /**
     * Whether the places of a repeated hash hold other words than its first place does: only then do they
     * need telling apart by their words. Each place is compared once, when it is added, instead of every
     * place in every build.
     */
    boolean mixed(long hash) {
        return mixed.contains(hash);
    }

    /** Records how many slots the build that just ended used, to tell when the table has outgrown its use. */
    void endBuild(int used) {
        slotsInUse = used;
    }

    /** Whether slots of words no longer used outnumber those in use, so that a new table would be much smaller. */
    public boolean outgrown() {
        return slots.size() > 2 * Math.max(slotsInUse, 1000);
    }

    private void add(long shingle, long place) {
        long first = firstPlace.putIfAbsent(shingle, place);
        if (first < 0) return;
        int[] firstIds = idsOfSlot.get((int) (first >>> 32));
        int[] ids = idsOfSlot.get((int) (place >>> 32));
        int at = (int) first;
        int from = (int) place;
        if (!Arrays.equals(firstIds, at, at + shingleSize, ids, from, from + shingleSize)) mixed.add(shingle);
        repeated.computeIfAbsent(shingle, h -> {
            LongList places = new LongList();
            places.add(first);
            return places;
        }).add(place);
    }

    /** The hash of the shingle at {@code from}: the same words give the same hash in any build of this vocabulary. */
    private static long mix(int[] ids, int from, int size) {
        long h = 0x9E3779B97F4A7C15L;
        for (int t = from; t < from + size; t++) {
            h = Long.rotateLeft((h ^ ids[t]) * 0xBF58476D1CE4E5B9L, 31);
        }
        h ^= h >>> 30;
        h *= 0xBF58476D1CE4E5B9L;
        h ^= h >>> 27;
        h *= 0x94D049BB133111EBL;
        return h ^ (h >>> 31);
    }

    /** Word ids compared by content, with the hash worked out when the text was read: a text's key in a map. */
    public record WordsKey(int[] ids, int hash) {
        @Override
        public boolean equals(Object other) {
            return other instanceof WordsKey key && Arrays.equals(ids, key.ids);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
