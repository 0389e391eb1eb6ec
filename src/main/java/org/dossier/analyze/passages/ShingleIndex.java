package org.dossier.analyze.passages;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The shingles that block classes share, for one build, read from a {@link ShingleTable}. Each
 * shingle's occurrences are taken in class order, then word order, and each is paired with at most
 * {@code linkWindow} later occurrences (all of them when the shingle is rare), so the work per shingle
 * is bounded and the total grows about linearly with the collection. Shingles found in more articles
 * than the boilerplate limit pair with nothing. Shingles are told apart by their words, not only by
 * their hashes, so what is found does not depend on the ids a vocabulary gave the words.
 *
 * <p>What one shingle pairs ({@link #pairShingle}) reads only its places in the table and, of each class
 * standing there, its words and its {@link Standing}; {@link #pairs} pairs every shingle.
 */
public final class ShingleIndex {
    /** Shingles shared by one class with one later class, as {@code (positionInA << 32) | positionInB}. */
    public record PairMatches(BlockClass other, long[] matches) {}

    /** Receives what a shingle pairs: one place in class {@code a} with one in the later class {@code b}, as in {@link PairMatches}. */
    public interface Pairing {
        void pair(BlockClass a, BlockClass b, long match);
    }

    /**
     * All that pairing reads of an indexed class besides its words: its first member, which sets its place
     * in class order, and its articles. Two builds in which every class standing in a shingle's places has
     * the same standing (or none in both) pair that shingle alike.
     *
     * @param soleArticle the id of the one article all members belong to, or null when they span several
     */
    public record Standing(String firstArticle, int firstBlockIndex, int articleCount, String soleArticle) {
        /** Written out: it compares every class of the collection in every rebuild. */
        @Override
        public boolean equals(Object other) {
            return other instanceof Standing s && firstBlockIndex == s.firstBlockIndex && articleCount == s.articleCount
                    && firstArticle.equals(s.firstArticle) && Objects.equals(soleArticle, s.soleArticle);
        }

        @Override
        public int hashCode() {
            return (firstArticle.hashCode() * 31 + firstBlockIndex) * 31 + articleCount;
        }
    }

    private final List<BlockClass> classes;
    private final ShingleTable table;
    private final int shingleSize;
    private final int linkWindow;
    private final int boilerplateLimit;
    /** The class at each slot of the table, or -1 for slots this build does not index. */
    private final int[] classOfSlot;
    /** The slot of each class, or -1 for classes not indexed. */
    private final int[] slotOfClass;

    /** Locates the classes for which {@code indexed} holds in {@code table}; the others never match. */
    ShingleIndex(List<BlockClass> classes, boolean[] indexed, ShingleTable table, PassageSettings settings, int boilerplateLimit) {
        this(classes, slots(classes, indexed, table), table, settings, boilerplateLimit);
    }

    private ShingleIndex(List<BlockClass> classes, int[] slotOfClass, ShingleTable table, PassageSettings settings, int boilerplateLimit) {
        this.classes = classes;
        this.table = table;
        this.shingleSize = settings.shingleSize();
        this.linkWindow = settings.linkWindow();
        this.boilerplateLimit = boilerplateLimit;
        this.slotOfClass = slotOfClass;
        int used = 0;
        classOfSlot = new int[table.slotCount()];
        Arrays.fill(classOfSlot, -1);
        for (BlockClass c : classes) {
            if (slotOfClass[c.index] < 0) continue;
            classOfSlot[slotOfClass[c.index]] = c.index;
            used++;
        }
        table.endBuild(used);
    }

    /**
     * The index of classes whose slots are known: {@code slotOfClass[c]} is what {@link ShingleTable#slotOf}
     * gives for the words of class {@code c} where it is indexed, -1 where it is not.
     */
    public static ShingleIndex located(List<BlockClass> classes, int[] slotOfClass, ShingleTable table, PassageSettings settings, int boilerplateLimit) {
        return new ShingleIndex(classes, slotOfClass, table, settings, boilerplateLimit);
    }

    private static int[] slots(List<BlockClass> classes, boolean[] indexed, ShingleTable table) {
        int[] slotOfClass = new int[classes.size()];
        Arrays.fill(slotOfClass, -1);
        for (BlockClass c : classes) if (indexed[c.index]) slotOfClass[c.index] = table.slotOf(c.ids, c.idsHash);
        return slotOfClass;
    }

    /** For each class, the shingles it shares with each later class of another article, ordered by that class. */
    List<List<PairMatches>> pairs() {
        PairsByClass pairs = new PairsByClass();
        table.forEachRepeated((hash, places) -> pairShingle(hash, pairs));
        return pairs.byFirstClass();
    }

    public ShingleTable table() {
        return table;
    }

    public int boilerplateLimit() {
        return boilerplateLimit;
    }

    public List<BlockClass> classes() {
        return classes;
    }

    /** The slot of an indexed class in the table, or -1 for a class not indexed. */
    public int slotOf(BlockClass c) {
        return slotOfClass[c.index];
    }

    /** The class this build indexes at a slot of the table, or null. */
    public BlockClass classAt(int slot) {
        return slot < classOfSlot.length && classOfSlot[slot] >= 0 ? classes.get(classOfSlot[slot]) : null;
    }

    /** An indexed class's standing, or null for a class not indexed. */
    public Standing standing(BlockClass c) {
        if (slotOfClass[c.index] < 0) return null;
        BlockClass.Member first = c.members.get(0);
        int sole = c.soleArticle();
        return new Standing(first.articleId(), first.blockIndex(), c.articleCount(), sole < 0 ? null : first.articleId());
    }

    /** Pairs the places of the shingle with this hash (nothing unless it stands in two places of the table or more). */
    public void pairShingle(long hash, Pairing pairing) {
        LongList places = table.places(hash);
        if (places == null || !inTwoClasses(places)) return; // pairs nothing, whatever its words
        long[] occurrences = occurrences(places);
        if (!table.mixed(hash)) pairOccurrences(occurrences, pairing);
        else for (long[] shingle : byWords(occurrences)) pairOccurrences(shingle, pairing);
    }

    /**
     * Whether the places of one shingle stand in two classes of this build or more: most repeated shingles
     * of a collection do not (their other places are in words no article has any more, or in the same
     * class), and those need no sorting.
     */
    private boolean inTwoClasses(LongList places) {
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
    private long[] occurrences(LongList places) {
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
    private void pairOccurrences(long[] occurrences, Pairing pairing) {
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
                pairing.pair(a, b, ((long) positionOf(occurrences[r]) << 32) | positionOf(occurrences[s]));
            }
        }
    }

    /** The shingles each pair of classes shares, gathered shingle by shingle. */
    private final class PairsByClass implements Pairing {
        /** Keyed {@code (a << 32) | b} by class index: the place of the pair's in {@link #pairMatches}. */
        private final LongLongMap byPair = new LongLongMap();
        private final LongList pairKeys = new LongList();
        private final List<LongList> pairMatches = new ArrayList<>();

        @Override
        public void pair(BlockClass a, BlockClass b, long match) {
            long key = ((long) a.index << 32) | b.index;
            long at = byPair.putIfAbsent(key, pairMatches.size());
            if (at < 0) {
                at = pairMatches.size();
                pairKeys.add(key);
                pairMatches.add(new LongList());
            }
            pairMatches.get((int) at).add(match);
        }

        /** For each class, its pairs with later classes ordered by the later class, each pair's shingles in word order. */
        List<List<PairMatches>> byFirstClass() {
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
    }

    private static int classOf(long ref) {
        return (int) (ref >>> 32);
    }

    private static int positionOf(long ref) {
        return (int) ref;
    }
}
