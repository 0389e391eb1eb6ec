package org.dossier.render.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Splits the sorted keys of the index into shards by prefix: a shard whose entries would pass
 * {@link #LIMIT} bytes is split by one more character, so a query loads a few small files, however large
 * the dossier. A key belongs to the longest shard prefix it starts with; {@code assets/search.js} finds
 * it the same way. The split depends only on the keys and their sizes, so equal input gives equal shards.
 */
public final class Shards {
    /** The size a shard is kept under where a longer prefix can split it. */
    static final int LIMIT = 48 * 1024;
    /** Prefixes longer than this are not split further (one very common term fills its own shard). */
    private static final int DEEPEST = 8;

    private Shards() {}

    /** The shard prefix of every key: keys (and their sizes in bytes) in, prefix of each key out. */
    public static SortedMap<String, String> split(SortedMap<String, Integer> sizes) {
        Cut cut = cut(sizes);
        SortedMap<String, String> shardOf = new TreeMap<>();
        for (int k = 0; k < cut.keys().length; k++) shardOf.put(cut.keys()[k], cut.prefixOf()[k]);
        return shardOf;
    }

    /**
     * The same split as two arrays: the keys in order, and the prefix of each; for a caller that walks the
     * keys in order, which need not be put in a map of their own.
     */
    public record Cut(String[] keys, String[] prefixOf) {
        /** The shard prefixes, sorted, each once. */
        public List<String> prefixes() {
            // Each prefix's keys are a run of the sorted keys, so the runs give each prefix; sorted, as a set would.
            List<String> prefixes = new ArrayList<>();
            boolean sorted = true;
            for (String prefix : prefixOf) {
                if (prefixes.isEmpty()) prefixes.add(prefix);
                else if (!prefixes.get(prefixes.size() - 1).equals(prefix)) {
                    sorted &= prefixes.get(prefixes.size() - 1).compareTo(prefix) < 0;
                    prefixes.add(prefix);
                }
            }
            return sorted ? prefixes : new ArrayList<>(new java.util.TreeSet<>(prefixes));
        }
    }

    /** {@link #split}, as a {@link Cut}. */
    public static Cut cut(SortedMap<String, Integer> sizes) {
        // Keys with one prefix are neighbours in sorted order, so each group is a run of the sorted keys
        // and its size a difference of running totals.
        String[] keys = sizes.keySet().toArray(String[]::new);
        long[] upTo = new long[keys.length + 1];
        int i = 0;
        for (int size : sizes.values()) {
            upTo[i + 1] = upTo[i] + size;
            i++;
        }
        String[] prefixOf = new String[keys.length];
        splitGroups(keys, upTo, 0, keys.length, 0, prefixOf);
        return new Cut(keys, prefixOf);
    }

    /** A shard of {@code keys[from, to)}, which all start with {@code prefix}: itself, or split by one more character. */
    private static void split(String prefix, String[] keys, long[] upTo, int from, int to, String[] prefixOf) {
        int depth = prefix.codePointCount(0, prefix.length());
        if (whole(upTo[to] - upTo[from], depth)) {
            java.util.Arrays.fill(prefixOf, from, to, prefix);
            return;
        }
        int rest = from;
        if (keys[rest].equals(prefix)) prefixOf[rest++] = prefix;
        splitGroups(keys, upTo, rest, to, depth, prefixOf);
    }

    /**
     * Whether the keys that start with a prefix of {@code depth} code points, {@code size} bytes in all, stay one
     * shard rather than being split by one more character.
     */
    public static boolean whole(long size, int depth) {
        return size <= LIMIT || depth >= DEEPEST;
    }

    /** Splits each run of {@code keys[from, to)} that shares its first {@code depth + 1} code points. */
    private static void splitGroups(String[] keys, long[] upTo, int from, int to, int depth, String[] prefixOf) {
        int start = from;
        while (start < to) {
            String key = keys[start];
            int points = key.codePointCount(0, key.length());
            String group = key.substring(0, key.offsetByCodePoints(0, Math.min(depth + 1, points)));
            int end = start + 1;
            // A key shorter than the group's length is a group of its own; the keys after it are longer.
            if (points > depth) {
                while (end < to && keys[end].startsWith(group)) end++;
            }
            split(group, keys, upTo, start, end, prefixOf);
            start = end;
        }
    }

    /**
     * A file name for a prefix, the same on every file system and host: {@code a-z} and {@code 0-9} as
     * they are, any other character as {@code _} and its code point in hex.
     */
    static String fileName(String prefix) {
        StringBuilder name = new StringBuilder();
        prefix.codePoints().forEach(c -> {
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) name.appendCodePoint(c);
            else name.append('_').append(String.format("%04x", c));
        });
        return name.toString();
    }

    /** Every shard prefix in use, sorted. */
    static List<String> prefixes(SortedMap<String, String> shardOf) {
        return new ArrayList<>(new java.util.TreeSet<>(shardOf.values()));
    }
}
