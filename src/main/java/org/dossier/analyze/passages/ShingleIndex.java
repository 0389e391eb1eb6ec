package org.dossier.analyze.passages;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The shingles that block classes share, for one build, read from a {@link ShingleTable}. Each
 * shingle's occurrences are taken in class order, then word order, and each is paired with at most
 * {@code linkWindow} later occurrences (all of them when the shingle is rare), so the work per shingle
 * is bounded and the total grows about linearly with the collection. Shingles found in more articles
 * than the boilerplate limit pair with nothing. Shingles are told apart by their words, not only by
 * their hashes, so what is found does not depend on the ids a vocabulary gave the words.
 */
final class ShingleIndex {
    /** Shingles shared by one class with one later class, as {@code (positionInA << 32) | positionInB}. */
    record PairMatches(BlockClass other, long[] matches) {}

    private final List<BlockClass> classes;
    private final int shingleSize;
    private final int linkWindow;
    private final int boilerplateLimit;
    /** Shingles shared by each pair, keyed {@code (a << 32) | b} by class index: the place of the pair's in {@link #pairMatches}. */
    private final LongLongMap byPair = new LongLongMap();
    private final LongList pairKeys = new LongList();
    private final List<LongList> pairMatches = new ArrayList<>();
    private final List<List<PairMatches>> after;

    /** Indexes the classes for which {@code indexed} holds; the others never match. */
    ShingleIndex(List<BlockClass> classes, boolean[] indexed, ShingleTable table, PassageSettings settings, int boilerplateLimit) {
        this.classes = classes;
        this.shingleSize = settings.shingleSize();
        this.linkWindow = settings.linkWindow();
        this.boilerplateLimit = boilerplateLimit;
        List<Integer> slotClasses = new ArrayList<>();
        int used = 0;
        for (BlockClass c : classes) {
            if (!indexed[c.index]) continue;
            int slot = table.slotOf(c.ids, c.idsHash);
            while (slotClasses.size() <= slot) slotClasses.add(-1);
            slotClasses.set(slot, c.index);
            used++;
        }
        table.endBuild(used);
        int[] classOfSlot = slotClasses.stream().mapToInt(Integer::intValue).toArray();
        table.forEachRepeated((hash, places) -> {
            if (!inTwoClasses(places, classOfSlot)) return; // pairs nothing, whatever its words
            long[] occurrences = occurrences(places, classOfSlot);
            if (!table.mixed(hash)) pairOccurrences(occurrences);
            else for (long[] shingle : byWords(occurrences)) pairOccurrences(shingle);
        });
        after = pairsByFirstClass();
    }

    /** Shingles that class {@code a} shares with each later class of another article, ordered by that class. */
    List<PairMatches> matchesAfter(BlockClass a) {
        return after.get(a.index);
    }

    /**
     * Whether the places of one shingle stand in two classes of this build or more: most repeated shingles
     * of a collection do not (their other places are in words no article has any more, or in the same
     * class), and those need no sorting.
     */
    private static boolean inTwoClasses(LongList places, int[] classOfSlot) {
        int first = -1;
        for (int i = 0; i < places.size(); i++) {
            int slot = (int) (places.get(i) >>> 32);
            int c = slot < classOfSlot.length ? classOfSlot[slot] : -1;
            if (c < 0) continue;
            if (first < 0) first = c;
            else if (c != first) return true;
        }
        return false;
    }

    /** The places of one shingle in classes of this build, as {@code (class << 32) | position}, in class then word order. */
    private static long[] occurrences(LongList places, int[] classOfSlot) {
        long[] found = new long[places.size()];
        int count = 0;
        for (int i = 0; i < places.size(); i++) {
            long place = places.get(i);
            int slot = (int) (place >>> 32);
            int c = slot < classOfSlot.length ? classOfSlot[slot] : -1;
            if (c >= 0) found[count++] = ((long) c << 32) | positionOf(place);
        }
        found = Arrays.copyOf(found, count);
        Arrays.sort(found);
        return found;
    }

    /**
     * The occurrences of one hash split by their words, in their order. Two different shingles whose hashes
     * collide thus never pair, and what is found depends on the words alone, never on the ids a vocabulary
     * happened to give them. Nearly always the hash has one shingle and nothing is split.
     */
    private List<long[]> byWords(long[] occurrences) {
        int alike = 0;
        while (alike < occurrences.length && sameWords(occurrences[0], occurrences[alike])) alike++;
        if (alike == occurrences.length) return List.of(occurrences);
        List<long[]> shingles = new ArrayList<>();
        boolean[] taken = new boolean[occurrences.length];
        for (int i = 0; i < occurrences.length; i++) {
            if (taken[i]) continue;
            LongList same = new LongList();
            for (int j = i; j < occurrences.length; j++) {
                if (!taken[j] && sameWords(occurrences[i], occurrences[j])) {
                    taken[j] = true;
                    same.add(occurrences[j]);
                }
            }
            shingles.add(same.toArray());
        }
        return shingles;
    }

    private boolean sameWords(long a, long b) {
        int[] aIds = classes.get(classOf(a)).ids;
        int[] bIds = classes.get(classOf(b)).ids;
        return Arrays.equals(aIds, positionOf(a), positionOf(a) + shingleSize, bIds, positionOf(b), positionOf(b) + shingleSize);
    }

    /** Pairs each occurrence with the next {@code linkWindow}, unless the shingle is in too few or too many articles. */
    private void pairOccurrences(long[] occurrences) {
        if (occurrences.length < 2 || classOf(occurrences[0]) == classOf(occurrences[occurrences.length - 1])) return;
        int articles = 0;
        int lastClass = -1;
        for (long occurrence : occurrences) {
            int c = classOf(occurrence);
            if (c != lastClass) articles += classes.get(c).articleCount();
            lastClass = c;
        }
        if (articles < 2 || articles > boilerplateLimit) return;
        for (int r = 0; r < occurrences.length; r++) {
            BlockClass a = classes.get(classOf(occurrences[r]));
            for (int s = r + 1; s <= r + linkWindow && s < occurrences.length; s++) {
                int other = classOf(occurrences[s]);
                if (other == a.index) continue;
                BlockClass b = classes.get(other);
                if (a.soleArticle() >= 0 && a.soleArticle() == b.soleArticle()) continue;
                long key = ((long) a.index << 32) | other;
                long at = byPair.putIfAbsent(key, pairMatches.size());
                if (at < 0) {
                    at = pairMatches.size();
                    pairKeys.add(key);
                    pairMatches.add(new LongList());
                }
                pairMatches.get((int) at).add(((long) positionOf(occurrences[r]) << 32) | positionOf(occurrences[s]));
            }
        }
    }

    /** For each class, its pairs with later classes ordered by the later class, each pair's shingles in word order. */
    private List<List<PairMatches>> pairsByFirstClass() {
        List<List<PairMatches>> pairs = new ArrayList<>(classes.size());
        for (int c = 0; c < classes.size(); c++) pairs.add(new ArrayList<>());
        long[] keys = pairKeys.toArray();
        Arrays.sort(keys);
        for (long key : keys) {
            long[] matches = pairMatches.get((int) byPair.get(key)).toArray();
            Arrays.sort(matches);
            pairs.get((int) (key >>> 32)).add(new PairMatches(classes.get((int) key), matches));
        }
        return pairs;
    }

    private static int classOf(long ref) {
        return (int) (ref >>> 32);
    }

    private static int positionOf(long ref) {
        return (int) ref;
    }
}
