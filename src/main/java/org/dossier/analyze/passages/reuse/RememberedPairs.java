package org.dossier.analyze.passages.reuse;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.dossier.analyze.passages.BlockClass;
import org.dossier.analyze.passages.LongList;
import org.dossier.analyze.passages.ShingleIndex;
import org.dossier.analyze.passages.ShingleIndex.PairMatches;
import org.dossier.analyze.passages.ShingleIndex.Standing;
import org.dossier.analyze.passages.ShingleTable;

/**
 * What {@link ShingleIndex#pairs} gives, kept from build to build in terms of the table's slots (which
 * outlast a build, unlike class numbers) and redone only for the shingles of slots whose class changed
 * its {@link Standing}: taken up, given up, or with another first member or other articles. A shingle
 * none of whose places changed standing pairs as it did before, in slot terms, and so does every pair of
 * classes that none of them touch: their order, which orients each pair, is that of their first members.
 *
 * <p>Each shingle's contribution is kept so that it can be taken back: a place that joins or leaves a
 * shingle moves others in and out of each other's window, and may push it over the boilerplate limit.
 * Each match of a pair comes from one shingle (the one at its place in the first class), so a pair's
 * matches are a set. Belongs to one table: another table, or another boilerplate limit, starts afresh.
 */
final class RememberedPairs {
    private static final Comparator<PairMatches> BY_OTHER = Comparator.comparingInt(p -> p.other().index());

    /** The table the slots are of: compared by identity, as each table numbers its own slots. */
    private ShingleTable table;
    private int boilerplateLimit = -1;
    /** Each slot's standing in the last build, or null where it held no indexed class. */
    private Standing[] standings = new Standing[0];
    /** The class each slot held in the last build, or null. */
    private BlockClass[] classOfSlot = new BlockClass[0];
    /** Each shingle hash's pairs in the last build: {@code (slotA << 32) | slotB} then the match, in turn. */
    private final Map<Long, long[]> byShingle = new HashMap<>();
    /** Each pair of slots' matches in the last build, in ascending order. */
    private final Map<Long, long[]> byPair = new HashMap<>();
    /** The same by the first slot of each pair, then the second. */
    private final Map<Integer, Map<Integer, long[]>> byFirstSlot = new HashMap<>();
    /** The pairs of slots whose matches the last call may have changed, or null when it started afresh. */
    private Set<Long> changed;
    /** The index the last call paired: changes are only known for it. */
    private ShingleIndex paired;

    List<List<PairMatches>> pairs(ShingleIndex index) {
        boolean afresh = index.table() != table || index.boilerplateLimit() != boilerplateLimit;
        if (afresh) {
            table = index.table();
            boilerplateLimit = index.boilerplateLimit();
            standings = new Standing[0];
            classOfSlot = new BlockClass[0];
            byShingle.clear();
            byPair.clear();
            byFirstSlot.clear();
        }
        Standing[] now = new Standing[table.slotCount()];
        BlockClass[] classesNow = new BlockClass[now.length];
        for (BlockClass c : index.classes()) {
            int slot = index.slotOf(c);
            if (slot < 0) continue;
            classesNow[slot] = c;
            // The very class of the last build at this slot has the standing it had (see RememberedClasses).
            now[slot] = slot < classOfSlot.length && classOfSlot[slot] == c ? standings[slot] : index.standing(c);
        }
        classOfSlot = classesNow;
        Changes changes = new Changes(index);
        if (afresh) {
            table.forEachRepeatedHash(changes::redo);
        } else {
            Set<Long> redone = new HashSet<>();
            for (int slot = 0; slot < now.length; slot++) {
                Standing before = slot < standings.length ? standings[slot] : null;
                if (!Objects.equals(before, now[slot])) table.forEachShingle(slot, redone::add);
            }
            for (long hash : redone) changes.redo(hash);
        }
        standings = now;
        Set<Long> touched = changes.apply();
        changed = afresh ? null : touched;
        paired = index;

        return new ByClass(index);
    }

    /**
     * The pairs by their first class, each class's made when asked for: a rebuild reads those of the classes
     * it links again alone (see {@link RememberedComponents}). Valid until the next call of {@link #pairs}.
     */
    private final class ByClass extends AbstractList<List<PairMatches>> {
        private final ShingleIndex index;

        ByClass(ShingleIndex index) {
            this.index = index;
        }

        @Override
        public List<PairMatches> get(int c) {
            int slot = index.slotOf(index.classes().get(c));
            Map<Integer, long[]> of = slot < 0 ? null : byFirstSlot.get(slot);
            if (of == null) return List.of();
            List<PairMatches> pairs = new ArrayList<>(of.size());
            of.forEach((other, matches) -> pairs.add(new PairMatches(index.classAt(other), matches)));
            pairs.sort(BY_OTHER);
            return pairs;
        }

        @Override
        public int size() {
            return index.classes().size();
        }
    }

    /**
     * The pairs of slots ({@code (slotA << 32) | slotB}) whose matches the last {@link #pairs} call, for this
     * index, may have changed, among them every pair it added or took away; or null when that call started
     * afresh, when any may have, or was for another index.
     */
    Set<Long> changed(ShingleIndex index) {
        return index == paired ? changed : null;
    }

    /** The matches each pair of slots loses and gains as shingles are redone. */
    private final class Changes {
        private final ShingleIndex index;
        private final Map<Long, LongList> taken = new HashMap<>();
        private final Map<Long, LongList> added = new HashMap<>();

        Changes(ShingleIndex index) {
            this.index = index;
        }

        /** Takes back what the shingle with this hash paired, and pairs it again. */
        void redo(long hash) {
            long[] before = byShingle.remove(hash);
            if (before != null) {
                for (int i = 0; i < before.length; i += 2) taken.computeIfAbsent(before[i], k -> new LongList()).add(before[i + 1]);
            }
            LongList made = new LongList();
            index.pairShingle(hash, (a, b, match) -> {
                long pair = ((long) index.slotOf(a) << 32) | index.slotOf(b);
                made.add(pair);
                made.add(match);
                added.computeIfAbsent(pair, k -> new LongList()).add(match);
            });
            if (made.size() > 0) byShingle.put(hash, made.toArray());
        }

        /** Applies the changes, and gives the pairs they touched. */
        Set<Long> apply() {
            Set<Long> touched = new HashSet<>(taken.keySet());
            touched.addAll(added.keySet());
            for (long pair : touched) {
                long[] gone = taken.containsKey(pair) ? taken.get(pair).toArray() : new long[0];
                Arrays.sort(gone);
                LongList kept = new LongList();
                for (long match : byPair.getOrDefault(pair, new long[0])) if (Arrays.binarySearch(gone, match) < 0) kept.add(match);
                LongList gained = added.get(pair);
                for (int i = 0; gained != null && i < gained.size(); i++) kept.add(gained.get(i));
                long[] matches = kept.toArray();
                Arrays.sort(matches);
                int first = (int) (pair >>> 32);
                if (matches.length == 0) {
                    byPair.remove(pair);
                    Map<Integer, long[]> of = byFirstSlot.get(first);
                    if (of != null && of.remove((int) (long) pair) != null && of.isEmpty()) byFirstSlot.remove(first);
                } else {
                    byPair.put(pair, matches);
                    byFirstSlot.computeIfAbsent(first, k -> new HashMap<>(4)).put((int) (long) pair, matches);
                }
            }
            return touched;
        }
    }
}
