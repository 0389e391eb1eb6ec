package org.dossier.model;

/**
 * Two entities named together: {@code weight} is the number of paragraphs (blocks) that name both.
 * The edge is undirected; {@code source} sorts before {@code target}, so each pair has one edge.
 */
public record NetworkEdge(String source, String target, int weight) {
    public NetworkEdge {
        Checks.notBlank(source, "source");
        Checks.notBlank(target, "target");
        if (source.compareTo(target) >= 0) {
            throw new IllegalArgumentException("source " + source + " must sort before target " + target);
        }
        Checks.atLeast(weight, 1, "weight");
    }
}
