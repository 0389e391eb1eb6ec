package org.dossier.analyze.passages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ShingleTableTest {
    @Test
    void theSameWordsKeepTheirSlotAndOnlyRepeatedShinglesAreListed() {
        ShingleTable table = new ShingleTable(3);
        int[] words = {1, 2, 3, 4, 5};
        int slot = table.slotOf(words, Arrays.hashCode(words));
        assertEquals(slot, table.slotOf(words.clone(), Arrays.hashCode(words)));
        int[] other = {9, 2, 3, 4, 8};
        int otherSlot = table.slotOf(other, Arrays.hashCode(other));
        Map<Long, Integer> places = new HashMap<>();
        table.forEachRepeated((hash, list) -> places.put(hash, list.size()));
        assertEquals(Map.of(places.keySet().iterator().next(), 2), places, "only the shingle 2 3 4 stands twice");
        assertEquals(2, table.slotCount());
        assertTrue(otherSlot != slot);
    }

    @Test
    void aHashIsMixedOnceAPlaceWithOtherWordsIsAdded() {
        // A shingle of two words hashes to 7 when it starts with 7, else to 42.
        ShingleTable table = new ShingleTable(2, (ids, from, size) -> ids[from] == 7 ? 7 : 42);
        int[] words = {1, 2, 3};
        table.slotOf(words, Arrays.hashCode(words));
        assertTrue(table.mixed(42), "1 2 and 2 3 stand for one hash");
        int[] same = {7, 8};
        int[] again = {7, 8, 7, 8};
        table.slotOf(same, Arrays.hashCode(same));
        table.endBuild(2);
        table.slotOf(again, Arrays.hashCode(again));
        assertFalse(table.mixed(7), "7 8 in every place, over two builds");
        int[] other = {7, 9};
        table.slotOf(other, Arrays.hashCode(other));
        assertTrue(table.mixed(7), "7 9 added in a later build");
    }

    @Test
    void slotsNoBuildUsesMakeTheTableOutgrown() {
        ShingleTable table = new ShingleTable(2);
        for (int i = 0; i < 2001; i++) {
            int[] words = {i, i + 1, i + 2};
            table.slotOf(words, Arrays.hashCode(words));
        }
        table.endBuild(2001);
        assertFalse(table.outgrown());
        table.endBuild(1001);
        assertFalse(table.outgrown(), "2,001 slots, 1,001 in use");
        table.endBuild(10);
        assertTrue(table.outgrown(), "2,001 slots, 10 in use");
    }
}
