package org.dossier.render.search.reuse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.dossier.render.search.Shards;
import org.junit.jupiter.api.Test;

/**
 * A letter's kept cut says it still holds only when cutting the letter afresh gives the same shards: through
 * rounds of keys that grow, shrink, appear and disappear (some keys equal to a split prefix, some beyond the
 * BMP), each round's answer is checked against a fresh cut; both answers occur.
 */
class LetterCutTest {
    private static final String[] NEXT = {"a", "b", "e", "é", "t", "\uD835\uDC00", "0"};

    private static String key(Random random) {
        StringBuilder key = new StringBuilder("s");
        int length = random.nextInt(9);
        for (int c = 0; c < length; c++) key.append(NEXT[Math.min(NEXT.length - 1, (int) Math.abs(random.nextGaussian() * 2.5))]);
        return key.toString();
    }

    @Test
    void aKeptCutHoldsExactlyWhenACutAfreshIsTheSame() {
        Random random = new Random(7);
        TreeMap<String, Integer> sizes = new TreeMap<>();
        for (int i = 0; i < 4000; i++) sizes.put(key(random), 20 + random.nextInt(400));
        LetterCut kept = new LetterCut(Shards.cut(sizes), sizes);
        int held = 0;
        int moved = 0;
        for (int round = 0; round < 300; round++) {
            Map<String, int[]> changed = new HashMap<>();
            int changes = 1 + random.nextInt(round % 3 == 0 ? 60 : 6);
            List<String> keys = new ArrayList<>(sizes.keySet());
            for (int c = 0; c < changes; c++) {
                int what = random.nextInt(4);
                String key = what == 0 ? key(random) : keys.get(random.nextInt(keys.size()));
                int before = sizes.getOrDefault(key, 0);
                int now = what == 1 ? 0 : what == 2 ? before + random.nextInt(3000) : 20 + random.nextInt(400);
                if (now == 0) sizes.remove(key);
                else sizes.put(key, now);
                int[] was = changed.get(key);
                changed.put(key, new int[] {was == null ? before : was[0], now});
            }
            boolean holds = kept.update(changed);
            Shards.Cut afresh = Shards.cut(sizes);
            if (holds) {
                assertEquals(afresh.prefixes(), kept.prefixes(), "round " + round);
                held++;
            } else {
                moved += afresh.prefixes().equals(kept.prefixes()) ? 0 : 1;
                kept = new LetterCut(afresh, sizes);
            }
        }
        assertTrue(held > 100, held + " rounds kept the cut");
        assertTrue(moved > 10, moved + " rounds moved it");
    }
}
