package org.dossier.analyze.passages.reuse;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dossier.analyze.passages.BlockClass;
import org.dossier.analyze.passages.PassageAssembler;
import org.dossier.analyze.passages.PassageAssembler.Linked;
import org.dossier.analyze.passages.ShingleIndex;
import org.dossier.analyze.passages.ShingleTable;

/**
 * What {@link PassageAssembler#link} gives for all the classes, kept from build to build by the table's
 * slots (which outlast a build, unlike class numbers) and redone only for the components an edit reached.
 * A component reads nothing but its classes (their words, which the slot fixes, and their members), the
 * alignments of their pairs and the order of their articles. So a component none of whose classes changed
 * members, and none of whose pairs changed matches ({@link RememberedPairs#changed}), is linked and split as
 * it was, and is taken over with the very drafts it gave: their passages stay the same objects, which the
 * memos downstream compare by identity first. The rest are linked again from the classes of the components
 * they reach: a changed class or pair dissolves every component a class of it stood in, and so on, until the
 * classes to link again hold every stretch linked with theirs, as {@link PassageAssembler#link} requires.
 *
 * <p>Starts afresh when the table, the boilerplate limit (which decides which classes take part) or the
 * relative order of the articles it kept changes (a new date moves an article: occurrences and the split's
 * ties follow that order). Belongs to one vocabulary.
 */
final class RememberedComponents {
    /** The table the slots are of: compared by identity, as each table numbers its own slots. */
    private ShingleTable table;
    private int boilerplateLimit = -1;
    /** Each article's place in the caller's order in the last build, by id. */
    private Map<String, Integer> outputRank = Map.of();
    /** The class of the last build at each slot, or null. */
    private BlockClass[] classOfSlot = new BlockClass[0];
    /** The components of the last build each slot's class stood in. */
    private List<Kept>[] keptOfSlot = newKeptOfSlot(0);
    /** The components of the last build, in the order they were made. */
    private final Set<Kept> kept = new LinkedHashSet<>();
    /** How many classes the last build linked again, of how many (for tests and benchmarks). */
    private int relinked;
    private int classCount;

    /** One component of the last build: the slots of its classes and what it gave. Compared by identity. */
    private static final class Kept {
        private final int[] slots;
        private final Linked linked;

        Kept(int[] slots, Linked linked) {
            this.slots = slots;
            this.linked = linked;
        }

        int[] slots() {
            return slots;
        }

        Linked linked() {
            return linked;
        }
    }

    /**
     * What {@code assembler.link(assembler.classes())} gives, in another order: linked again only for the
     * components the changes since the last build reached.
     */
    List<Linked> link(PassageAssembler assembler, RememberedPairs pairs) {
        ShingleIndex index = assembler.index();
        String[] order = assembler.outputOrder();
        boolean afresh = index.table() != table || index.boilerplateLimit() != boilerplateLimit
                || pairs.changed(index) == null || !sameOrder(order);
        table = index.table();
        boilerplateLimit = index.boilerplateLimit();
        Map<String, Integer> rank = new HashMap<>(2 * order.length);
        for (int i = 0; i < order.length; i++) rank.put(order[i], i);
        outputRank = rank;

        int slots = table.slotCount();
        BlockClass[] now = new BlockClass[slots];
        for (BlockClass c : assembler.classes()) {
            int slot = index.slotOf(c);
            if (slot >= 0) now[slot] = c;
        }
        List<BlockClass> relink;
        if (afresh) {
            kept.clear();
            keptOfSlot = newKeptOfSlot(slots);
            relink = assembler.classes();
        } else {
            relink = reached(now, pairs.changed(index));
        }
        classOfSlot = now;
        relinked = relink.size();
        classCount = assembler.classes().size();

        for (Linked linked : assembler.link(relink)) {
            int[] of = new int[linked.classes().size()];
            for (int i = 0; i < of.length; i++) of[i] = index.slotOf(linked.classes().get(i));
            Kept component = new Kept(of, linked);
            kept.add(component);
            for (int slot : of) keptOfSlot[slot].add(component);
        }
        List<Linked> all = new ArrayList<>(kept.size());
        for (Kept component : kept) all.add(component.linked());
        return all;
    }

    /**
     * The classes of this build to link again, in order: those at slots whose class changed members, came or
     * went, or whose pairs changed matches, and every class of a component of the last build that any of
     * those stood in, until no more are reached. Their components are forgotten.
     */
    private List<BlockClass> reached(BlockClass[] now, Set<Long> changedPairs) {
        ArrayDeque<Integer> changed = new ArrayDeque<>();
        int slots = Math.max(now.length, classOfSlot.length);
        for (int slot = 0; slot < slots; slot++) {
            BlockClass before = slot < classOfSlot.length ? classOfSlot[slot] : null;
            BlockClass after = slot < now.length ? now[slot] : null;
            // The very class of the last build is unchanged (see RememberedClasses); another object is compared.
            if (before == null ? after != null : after == null || before != after && !before.sameMembers(after)) changed.add(slot);
        }
        for (long pair : changedPairs) {
            changed.add((int) (pair >>> 32));
            changed.add((int) (long) pair);
        }
        if (keptOfSlot.length < now.length) keptOfSlot = Arrays.copyOf(keptOfSlot, now.length);
        for (int slot = 0; slot < keptOfSlot.length; slot++) if (keptOfSlot[slot] == null) keptOfSlot[slot] = new ArrayList<>();
        BitSet reached = new BitSet(slots);
        while (!changed.isEmpty()) {
            int slot = changed.poll();
            if (reached.get(slot)) continue;
            reached.set(slot);
            if (slot >= keptOfSlot.length) continue;
            for (Kept component : keptOfSlot[slot]) {
                if (!kept.remove(component)) continue;
                for (int other : component.slots()) if (!reached.get(other)) changed.add(other);
            }
            keptOfSlot[slot].clear();
        }
        List<BlockClass> relink = new ArrayList<>();
        for (int slot = reached.nextSetBit(0); slot >= 0; slot = reached.nextSetBit(slot + 1)) {
            if (slot < now.length && now[slot] != null) relink.add(now[slot]);
        }
        relink.sort((a, b) -> Integer.compare(a.index(), b.index()));
        return relink;
    }

    /** Whether the articles of the last build that are still here stand in the same order among themselves. */
    private boolean sameOrder(String[] order) {
        int last = -1;
        for (String id : order) {
            Integer before = outputRank.get(id);
            if (before == null) continue;
            if (before < last) return false;
            last = before;
        }
        return true;
    }

    /** How many classes the last build linked again. */
    int relinked() {
        return relinked;
    }

    /** How many classes the last build had. */
    int classCount() {
        return classCount;
    }

    @SuppressWarnings("unchecked")
    private static List<Kept>[] newKeptOfSlot(int slots) {
        List<Kept>[] of = new List[slots];
        for (int slot = 0; slot < slots; slot++) of[slot] = new ArrayList<>();
        return of;
    }
}
