package org.dossier.analyze.passages;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An inverted index of hashed word shingles over block classes, kept as sorted primitive arrays. It
 * yields, for one class, the shingles it shares with classes after it: each occurrence of a shingle is
 * paired with at most {@code linkWindow} later occurrences (all of them when the shingle is rare), so
 * the work per shingle is bounded and the total grows about linearly with the collection. Shingles
 * found in more articles than the boilerplate limit pair with nothing.
 */
final class ShingleIndex {
    /** Shingles shared by one class with one later class, as {@code (positionInA << 32) | positionInB}. */
    record PairMatches(BlockClass other, long[] matches) {}

    private final List<BlockClass> classes;
    private final int shingleSize;
    private final int linkWindow;
    private final int boilerplateLimit;
    private final int[] offsets;
    private final long[] hashes;
    private final long[] refs;
    private final int[] rankOf;
    private final int[] groupArticles;

    /** Indexes the classes for which {@code indexed} holds; the others never match. */
    ShingleIndex(List<BlockClass> classes, boolean[] indexed, PassageSettings settings, int boilerplateLimit) {
        this.classes = classes;
        this.shingleSize = settings.shingleSize();
        this.linkWindow = settings.linkWindow();
        this.boilerplateLimit = boilerplateLimit;
        offsets = new int[classes.size() + 1];
        for (BlockClass c : classes) {
            int count = indexed[c.index] ? Math.max(0, c.length() - shingleSize + 1) : 0;
            offsets[c.index + 1] = Math.addExact(offsets[c.index], count);
        }
        int total = offsets[classes.size()];
        long[] sortedHashes = new long[total];
        long[] sortedRefs = new long[total];
        for (BlockClass c : classes) {
            for (int p = 0, at = offsets[c.index]; at < offsets[c.index + 1]; p++, at++) {
                sortedHashes[at] = hash(c.ids, p);
                sortedRefs[at] = ((long) c.index << 32) | p;
            }
        }
        RadixSort.sort(sortedHashes, sortedRefs);
        hashes = sortedHashes;
        refs = sortedRefs;
        rankOf = new int[total];
        for (int r = 0; r < total; r++) rankOf[offsets[classOf(refs[r])] + positionOf(refs[r])] = r;
        groupArticles = new int[total];
        for (int s = 0; s < total; ) {
            int e = s;
            int articles = 0;
            int lastClass = -1;
            while (e < total && hashes[e] == hashes[s]) {
                int c = classOf(refs[e]);
                if (c != lastClass) articles += classes.get(c).articleCount();
                lastClass = c;
                e++;
            }
            for (int r = s; r < e; r++) groupArticles[r] = articles;
            s = e;
        }
    }

    /** Shingles that class {@code a} shares with each later class of another article, ordered by that class. */
    List<PairMatches> matchesAfter(BlockClass a) {
        Map<Integer, LongList> byClass = new HashMap<>();
        for (int p = 0, at = offsets[a.index]; at < offsets[a.index + 1]; p++, at++) {
            int rank = rankOf[at];
            if (groupArticles[rank] < 2 || groupArticles[rank] > boilerplateLimit) continue;
            for (int s = rank + 1; s <= rank + linkWindow && s < hashes.length && hashes[s] == hashes[rank]; s++) {
                int other = classOf(refs[s]);
                if (other == a.index) continue;
                BlockClass b = classes.get(other);
                if (a.soleArticle() >= 0 && a.soleArticle() == b.soleArticle()) continue;
                byClass.computeIfAbsent(other, x -> new LongList()).add(((long) p << 32) | positionOf(refs[s]));
            }
        }
        List<PairMatches> result = new ArrayList<>(byClass.size());
        byClass.keySet().stream().sorted()
                .forEach(other -> result.add(new PairMatches(classes.get(other), byClass.get(other).toArray())));
        return result;
    }

    int shingleSize() {
        return shingleSize;
    }

    private long hash(int[] ids, int from) {
        long h = 0x9E3779B97F4A7C15L;
        for (int t = from; t < from + shingleSize; t++) {
            h = Long.rotateLeft((h ^ ids[t]) * 0xBF58476D1CE4E5B9L, 31);
        }
        h ^= h >>> 30;
        h *= 0xBF58476D1CE4E5B9L;
        h ^= h >>> 27;
        h *= 0x94D049BB133111EBL;
        return h ^ (h >>> 31);
    }

    private static int classOf(long ref) {
        return (int) (ref >>> 32);
    }

    private static int positionOf(long ref) {
        return (int) ref;
    }
}
