package org.dossier.analyze.network;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.dossier.model.BlockKey;
import org.dossier.model.Entity;
import org.dossier.model.EntityType;
import org.dossier.model.Mention;
import org.dossier.model.Network;
import org.dossier.model.NetworkEdge;
import org.dossier.model.NetworkNode;

/**
 * Who is named with whom. Every person and organisation is a node weighted by its mentions; two of them
 * named in the same block (a paragraph, a quote, a list) are joined by an edge weighted by the number of
 * such blocks. Places and other names are left out: a network of who deals with whom. Pure.
 */
public final class NetworkAnalysis {
    private static final Comparator<NetworkNode> NODE_ORDER = Comparator
            .comparingInt(NetworkNode::mentions).reversed().thenComparing(NetworkNode::entity);
    private static final Comparator<NetworkEdge> EDGE_ORDER = Comparator
            .comparingInt(NetworkEdge::weight).reversed()
            .thenComparing(NetworkEdge::source).thenComparing(NetworkEdge::target);

    private NetworkAnalysis() {}

    public static Network of(List<Entity> entities) {
        List<NetworkNode> nodes = new ArrayList<>();
        // Sorted sets of ids per block, so each pair comes out once and in the same order every build.
        Map<BlockKey, TreeSet<String>> namedIn = new HashMap<>();
        for (Entity entity : entities) {
            if (!inNetwork(entity.type())) continue;
            nodes.add(new NetworkNode(entity.id(), entity.type(), entity.mentions().size()));
            for (Mention mention : entity.mentions()) {
                namedIn.computeIfAbsent(BlockKey.of(mention.span()), k -> new TreeSet<>()).add(entity.id());
            }
        }
        Map<String, Map<String, Integer>> weights = new HashMap<>();
        for (TreeSet<String> together : namedIn.values()) {
            if (together.size() < 2) continue;
            List<String> ids = List.copyOf(together);
            for (int i = 0; i < ids.size(); i++) {
                Map<String, Integer> row = weights.computeIfAbsent(ids.get(i), k -> new HashMap<>());
                for (int j = i + 1; j < ids.size(); j++) row.merge(ids.get(j), 1, Integer::sum);
            }
        }
        List<NetworkEdge> edges = new ArrayList<>();
        weights.forEach((source, row) -> row.forEach((target, weight) -> edges.add(new NetworkEdge(source, target, weight))));
        nodes.sort(NODE_ORDER);
        edges.sort(EDGE_ORDER);
        return new Network(nodes, edges);
    }

    static boolean inNetwork(EntityType type) {
        return type == EntityType.PERSON || type == EntityType.ORGANIZATION;
    }
}
