package org.dossier.render.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * {@link Shards#split} cuts runs of the sorted keys; it must cut exactly as the rule reads when each shard
 * is grouped by its next character one key at a time. Keys here mix ASCII, accented letters, letters
 * beyond the BMP, keys that are a prefix of others and the empty key.
 */
class ShardsTest {
    private static final String[] LETTERS = {"a", "b", "e", "é", "s", "t", "z", "\uD835\uDC00", "0"};

    @Test
    void theRunBasedCutEqualsTheRuleKeyByKey() {
        Random random = new Random(14);
        for (int round = 0; round < 40; round++) {
            SortedMap<String, Integer> sizes = new TreeMap<>();
            int count = 200 + random.nextInt(6000);
            for (int i = 0; i < count; i++) {
                StringBuilder key = new StringBuilder();
                // Skewed first letters, so that some letters need several levels of cutting and others none.
                int length = random.nextInt(11);
                for (int c = 0; c < length; c++) key.append(LETTERS[Math.min(LETTERS.length - 1, (int) Math.abs(random.nextGaussian() * 3))]);
                sizes.put(key.toString(), 1 + random.nextInt(round % 2 == 0 ? 80 : 4000));
            }
            SortedMap<String, String> expected = byTheRule(sizes);
            assertEquals(expected, Shards.split(sizes), "round " + round);
            Shards.Cut cut = Shards.cut(sizes);
            assertEquals(java.util.List.copyOf(expected.keySet()), java.util.List.of(cut.keys()), "round " + round);
            assertEquals(java.util.List.copyOf(expected.values()), java.util.List.of(cut.prefixOf()), "round " + round);
            assertEquals(Shards.prefixes(expected), cut.prefixes(), "the prefixes, sorted, each once; round " + round);
            // The reuse layer finds a changed key's shard this way (checked in a few rounds: it is slow).
            for (String key : round % 10 == 0 ? expected.keySet() : java.util.Set.<String>of()) {
                String longest = cut.prefixes().stream().filter(key::startsWith).max(java.util.Comparator.comparingInt(String::length)).orElseThrow();
                assertEquals(expected.get(key), longest, "a key's shard is the longest prefix it starts with");
            }
            if (round == 0) assertTrue(Shards.prefixes(expected).size() > 5, "the cut goes several levels deep");
        }
    }

    /** The cut as the rule states it, with a sorted map per group at each level. */
    private static SortedMap<String, String> byTheRule(SortedMap<String, Integer> sizes) {
        SortedMap<String, String> shardOf = new TreeMap<>();
        group(sizes, 0).forEach((prefix, keys) -> split(prefix, keys, shardOf));
        return shardOf;
    }

    private static void split(String prefix, SortedMap<String, Integer> keys, SortedMap<String, String> shardOf) {
        long total = keys.values().stream().mapToLong(Integer::longValue).sum();
        int depth = prefix.codePointCount(0, prefix.length());
        if (total <= Shards.LIMIT || depth >= 8) {
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

    private static Map<String, SortedMap<String, Integer>> group(SortedMap<String, Integer> keys, int depth) {
        Map<String, SortedMap<String, Integer>> groups = new TreeMap<>();
        keys.forEach((key, size) -> {
            int end = key.offsetByCodePoints(0, Math.min(depth + 1, key.codePointCount(0, key.length())));
            groups.computeIfAbsent(key.substring(0, end), p -> new TreeMap<>()).put(key, size);
        });
        return groups;
    }
}
