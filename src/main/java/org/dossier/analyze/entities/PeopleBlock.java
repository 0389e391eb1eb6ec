package org.dossier.analyze.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dossier.analyze.entities.EntityMerger.Form;

/**
 * The people's names merging compares with one another: the person forms whose surnames begin alike, in
 * the order of their first occurrence. Full names join when surname and first given name agree up to
 * typos; a bare surname joins the one full name it fits, or, when several people share it, each mention
 * goes to the nearest of them. No name joins one outside its block, so a block's joins are worked out on
 * their own, and kept while its forms stay the same objects.
 *
 * <p>{@code membersTakenBefore}: who belongs to whom, which sending a mention to the nearest person reads,
 * is taken once in a build, by the first block (in the order of their keys) that needs it; a later block
 * sees its people as they were before its bare surnames joined anyone. That is what merging the whole
 * collection in one pass does, and the joins must not depend on which blocks changed.
 */
record PeopleBlock(List<Form> forms, boolean membersTakenBefore) {

    /**
     * What joining does in the block, by places in {@link #forms}: the pairs joined, in order; for each bare
     * surname whose mentions went to several people, the place each mention went to; the notes for the
     * editor; and whether the block took who belongs to whom.
     */
    record Joins(int[] unions, Map<Integer, int[]> reassigned, List<String> notes, boolean tookMembers) {}

    Joins join(Names memory) {
        return new Joiner(memory).join();
    }

    private final class Joiner {
        private final PersonNames[] names = new PersonNames[forms.size()];
        private final DisjointSets sets = new DisjointSets(forms.size());
        private final List<Integer> unions = new ArrayList<>();
        private final Map<Integer, int[]> reassigned = new HashMap<>();
        private final List<String> notes = new ArrayList<>();

        Joiner(Names memory) {
            for (int i = 0; i < names.length; i++) names[i] = forms.get(i).personNames(memory);
        }

        Joins join() {
            List<Integer> full = new ArrayList<>();
            List<Integer> bare = new ArrayList<>();
            for (int i = 0; i < names.length; i++) (names[i].isFull() ? full : bare).add(i);
            for (int a = 0; a < full.size(); a++) {
                for (int b = a + 1; b < full.size(); b++) {
                    if (names[full.get(a)].sameFullName(names[full.get(b)])) union(full.get(a), full.get(b));
                }
            }
            Map<Integer, List<Integer>> members = membersTakenBefore ? members() : null;
            boolean tookMembers = false;
            for (int s : bare) {
                List<Integer> roots = full.stream().filter(f -> names[s].isSurnameOf(names[f])).map(this::find).distinct().sorted().toList();
                if (roots.size() == 1) {
                    union(s, roots.get(0));
                } else if (roots.size() > 1) {
                    if (members == null) members = members();
                    tookMembers = true;
                    assignToNearest(s, roots, members);
                }
            }
            // Whether each bare surname kept its own mentions, looked up once rather than for every pair.
            boolean[] free = new boolean[bare.size()];
            for (int a = 0; a < bare.size(); a++) free[a] = !reassigned.containsKey(bare.get(a));
            for (int a = 0; a < bare.size(); a++) {
                for (int b = a + 1; b < bare.size(); b++) {
                    int x = bare.get(a);
                    int y = bare.get(b);
                    if (free[a] && free[b] && find(x) == x && find(y) == y && names[x].sharesSurname(names[y])) union(x, y);
                }
            }
            return new Joins(unions.stream().mapToInt(Integer::intValue).toArray(), Map.copyOf(reassigned), List.copyOf(notes),
                    tookMembers);
        }

        private int find(int i) {
            return sets.find(i);
        }

        /** Joins as merging does, the root the first of the two in order; noted to be done again on the whole. */
        private void union(int a, int b) {
            sets.union(a, b);
            unions.add(a);
            unions.add(b);
        }

        private Map<Integer, List<Integer>> members() {
            Map<Integer, List<Integer>> members = new HashMap<>();
            for (int f = 0; f < sets.size(); f++) members.computeIfAbsent(find(f), k -> new ArrayList<>()).add(f);
            return members;
        }

        private void assignToNearest(int bareForm, List<Integer> roots, Map<Integer, List<Integer>> members) {
            Form form = forms.get(bareForm);
            List<String> candidates = new ArrayList<>();
            for (int r : roots) candidates.add(forms.get(r).surface);
            notes.add(form.surface + " (" + form.occurrences.size() + "x): could be " + String.join(" or ", candidates)
                    + "; each mention went to the nearest full name before it. Add the intended one to entities.yml as an alias if that is wrong.");
            int[] went = new int[form.occurrences.size()];
            for (int i = 0; i < went.length; i++) {
                Occurrence o = form.occurrences.get(i);
                int best = -1;
                int bestSize = -1;
                Occurrence nearest = null;
                for (int r : roots) {
                    int size = 0;
                    for (int f : members.getOrDefault(r, List.of(r))) {
                        size += forms.get(f).occurrences.size();
                        for (Occurrence other : forms.get(f).occurrences) {
                            boolean before = other.articleIndex() == o.articleIndex() && Occurrence.READING_ORDER.compare(other, o) < 0;
                            if (before && (nearest == null || Occurrence.READING_ORDER.compare(other, nearest) > 0)) {
                                nearest = other;
                                best = r;
                            }
                        }
                    }
                    if (nearest == null && size > bestSize) {
                        bestSize = size;
                        best = r;
                    }
                }
                went[i] = best;
            }
            reassigned.put(bareForm, went);
        }
    }
}
