package org.dossier.analyze.entities;

/**
 * Forms joined into clusters (union–find, with path halving). The root of a set is its lowest index, so a
 * cluster is named by its first form in order, whatever the order of the joins.
 */
final class DisjointSets {
    private final int[] parent;

    DisjointSets(int size) {
        parent = new int[size];
        for (int i = 0; i < size; i++) parent[i] = i;
    }

    int size() {
        return parent.length;
    }

    /** The lowest index in the set of {@code i}. */
    int find(int i) {
        while (parent[i] != i) i = parent[i] = parent[parent[i]];
        return i;
    }

    void union(int a, int b) {
        int ra = find(a);
        int rb = find(b);
        if (ra != rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
}
