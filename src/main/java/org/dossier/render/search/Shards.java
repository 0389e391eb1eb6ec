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
        SortedMap<String, String> shardOf = new TreeMap<>();
        Map<String, SortedMap<String, Integer>> byFirst = group(sizes, 0);
        byFirst.forEach((prefix, keys) -> split(prefix, keys, shardOf));
        return shardOf;
    }

    private static void split(String prefix, SortedMap<String, Integer> keys, SortedMap<String, String> shardOf) {
        long total = keys.values().stream().mapToLong(Integer::longValue).sum();
        int depth = prefix.codePointCount(0, prefix.length());
        if (total <= LIMIT || depth >= DEEPEST) {
            for (String key : keys.keySet()) shardOf.put(key, prefix);
            return;
        }
        SortedMap<String, Integer> longer = new TreeMap<>();
        keys.forEach((key, size) -> {
            if (key.equals(prefix)) shardOf.put(key, prefix);
            else longer.put(key, size);
        });
        group(longer, depth).forEach((next, group) -> split(next, group, shardOf));
    }

    /** The keys grouped by their first {@code depth + 1} code points. */
    private static Map<String, SortedMap<String, Integer>> group(SortedMap<String, Integer> keys, int depth) {
        Map<String, SortedMap<String, Integer>> groups = new TreeMap<>();
        keys.forEach((key, size) -> {
            int end = key.offsetByCodePoints(0, Math.min(depth + 1, key.codePointCount(0, key.length())));
            groups.computeIfAbsent(key.substring(0, end), p -> new TreeMap<>()).put(key, size);
        });
        return groups;
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
