package org.dossier.model;

import java.util.List;

/**
 * The people and organisations of the dossier and who is named with whom.
 *
 * @param nodes most mentioned first, ties by id
 * @param edges heaviest first, ties by source and target
 */
public record Network(List<NetworkNode> nodes, List<NetworkEdge> edges) {
    public Network {
        nodes = Checks.copy(nodes, "nodes");
        edges = Checks.copy(edges, "edges");
    }

    public static Network empty() {
        return new Network(List.of(), List.of());
    }
}
