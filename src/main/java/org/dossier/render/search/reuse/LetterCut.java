package org.dossier.render.search.reuse;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.dossier.render.search.Shards;

/**
 * The cut of one first letter's keys into term shards ({@link Shards#cut}), kept with the total size of the
 * keys under each prefix the cut decided on, so that a rebuild can tell from its changed keys alone whether
 * cutting the letter afresh would give the same shards, instead of cutting every key of the letter again.
 *
 * <p>The cut splits a prefix whose keys are not {@link Shards#whole} by one more character; so its prefixes
 * are the shards, each with all the proper prefixes above it split. The same cut comes out as long as every
 * split prefix stays too large, every other shard stays small enough and keeps a key, and no key appears or
 * disappears where the cut would make or drop a shard for it: a new key under a split prefix with no
 * shard for its next character, or a split prefix that is itself a key coming or going.
 */
final class LetterCut {
    /** A prefix the cut decided on: its keys' total size, whether it is split, whether it is a shard. */
    private static final class Node {
        long total;
        boolean split;
        boolean shard;
    }

    private final List<String> prefixes;
    private final Map<String, Node> nodes = new HashMap<>();

    /** The cut {@code cut} of the keys of {@code sizes} (one letter's, in the cut's order). */
    LetterCut(Shards.Cut cut, SortedMap<String, Integer> sizes) {
        prefixes = cut.prefixes();
        for (String prefix : prefixes) nodes.computeIfAbsent(prefix, p -> new Node()).shard = true;
        for (String prefix : prefixes) {
            for (int end = prefix.offsetByCodePoints(prefix.length(), -1); end > 0; end = prefix.offsetByCodePoints(end, -1)) {
                nodes.computeIfAbsent(prefix.substring(0, end), p -> new Node()).split = true;
            }
        }
        Map<String, Long> own = new HashMap<>();
        int k = 0;
        for (int size : sizes.values()) own.merge(cut.prefixOf()[k++], (long) size, Long::sum);
        own.forEach((prefix, total) -> {
            for (int end = prefix.length(); end > 0; end = prefix.offsetByCodePoints(end, -1)) nodes.get(prefix.substring(0, end)).total += total;
        });
    }

    /** The shard prefixes, sorted. */
    List<String> prefixes() {
        return prefixes;
    }

    /**
     * Takes in the changed keys of the letter, each with its size before and now (0 where it was or is no
     * key); whether the cut is still the one {@link Shards#cut} gives. When not, this cut is no longer of use.
     */
    boolean update(Map<String, int[]> changed) {
        java.util.Set<String> touched = new java.util.HashSet<>();
        for (Map.Entry<String, int[]> change : changed.entrySet()) {
            String key = change.getKey();
            int before = change.getValue()[0];
            int now = change.getValue()[1];
            if (key.isEmpty()) return false;
            for (int end = key.offsetByCodePoints(0, 1); ; end = key.offsetByCodePoints(end, 1)) {
                Node node = nodes.get(key.substring(0, end));
                // A new key under a split prefix with no shard for its next character would make one.
                if (node == null) return false;
                node.total += now - before;
                touched.add(key.substring(0, end));
                if (!node.split) break;
                if (end == key.length()) {
                    // The key is a split prefix itself: its own shard comes or goes with it.
                    if ((now > 0) != node.shard) return false;
                    break;
                }
            }
        }
        for (String prefix : touched) {
            Node node = nodes.get(prefix);
            int depth = prefix.codePointCount(0, prefix.length());
            if (node.split ? Shards.whole(node.total, depth) : node.total == 0 || !Shards.whole(node.total, depth)) return false;
        }
        return true;
    }
}
