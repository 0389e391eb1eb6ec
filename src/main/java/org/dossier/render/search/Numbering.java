package org.dossier.render.search;

import java.util.Arrays;
import java.util.List;
import org.dossier.text.StableIds;

/**
 * The numbers of one group of searchable things (articles, entities or timeline entries) in the index,
 * decided by their ids, so that an edit moves only the things it touches and a neighbour or two: postings
 * and {@code docs/} files are cut by number, and a number that moves changes every term of its thing.
 *
 * <p>The numbers are the slots of a linear-probing table laid out as a function of the set of ids alone
 * (history-independent): each thing's home slot is a stable hash of its id ({@link StableIds#bits}) modulo
 * the table's size; the things sorted by (home, id) each take the first free slot from their home on. A new
 * thing takes its home and pushes on only the things after it in its run of taken slots, and with the table
 * at most half full those runs are short. The table has {@code 2 × perFile} slots for each power of two of
 * files needed to hold the group at {@code perFile} things a file: it grows (and so renumbers the group
 * once) only when the group crosses a power of two. The last run may reach past the table's end.
 *
 * <p>A file of {@code docs/} holds the slots {@code [f × slotsPerFile, (f + 1) × slotsPerFile)}: from half
 * of {@code perFile} to {@code perFile} things on average.
 *
 * @param numbers      the number of each thing, by its place in the group's order
 * @param order        the places in the group's order, by increasing number
 * @param slotsPerFile the numbers a {@code docs/} file covers
 */
public record Numbering(int[] numbers, int[] order, int slotsPerFile) {
    /** The numbers of things with {@code ids} (in the group's own order), {@code perFile} to a docs file. */
    public static Numbering of(List<String> ids, int perFile) {
        int count = ids.size();
        int files = 1;
        while ((long) files * perFile < count) files *= 2;
        int slotsPerFile = 2 * perFile;
        long size = (long) files * slotsPerFile;
        // Home slot above, place below: one sort of primitives orders by home; equal homes are then put in
        // the order of their ids (a place moves when another thing comes before it, an id does not).
        long[] keys = new long[count];
        for (int i = 0; i < count; i++) keys[i] = Long.remainderUnsigned(StableIds.bits(ids.get(i)), size) << 32 | i;
        Arrays.sort(keys);
        int[] order = new int[count];
        for (int k = 0; k < count; k++) order[k] = (int) keys[k];
        for (int from = 0, to; from < count; from = to) {
            for (to = from + 1; to < count && keys[to] >>> 32 == keys[from] >>> 32; to++) { }
            if (to - from > 1) sortById(order, from, to, ids);
        }
        int[] numbers = new int[count];
        long next = 0;
        for (int k = 0; k < count; k++) {
            long slot = Math.max(keys[k] >>> 32, next);
            numbers[order[k]] = Math.toIntExact(slot);
            next = slot + 1;
        }
        return new Numbering(numbers, order, slotsPerFile);
    }

    /** Sorts the places {@code order[from, to)} (a few things with one home) by their ids. */
    private static void sortById(int[] order, int from, int to, List<String> ids) {
        for (int k = from + 1; k < to; k++) {
            int place = order[k];
            int j = k;
            for (; j > from && ids.get(order[j - 1]).compareTo(ids.get(place)) > 0; j--) order[j] = order[j - 1];
            order[j] = place;
        }
    }

    /** The number of the thing at {@code place} in the group's order. */
    public int number(int place) {
        return numbers[place];
    }

    /** One more than the highest number; 0 for an empty group. */
    public int limit() {
        return order.length == 0 ? 0 : numbers[order[order.length - 1]] + 1;
    }
}
