package org.dossier.analyze.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.dossier.model.Entity;
import org.dossier.model.EntityType;
import org.dossier.model.Mention;
import org.dossier.model.Network;
import org.dossier.model.NetworkEdge;
import org.dossier.model.Span;
import org.junit.jupiter.api.Test;

/** Fixtures shared with {@code reuse.RememberedNetworkTest}: a mention in a block, an entity of mentions. */
public class NetworkAnalysisTest {
    public static Mention in(String entity, String article, String block) {
        return new Mention(entity, new Span(article, block, 0, 1, "x"));
    }

    public static Entity entity(String id, EntityType type, Mention... mentions) {
        return new Entity(id, id, type, List.of(), Optional.empty(), Optional.empty(), List.of(mentions));
    }

    @Test
    void peopleAndOrganisationsNamedInTheSameBlockAreJoinedWeightedByTheirBlocks() {
        Network network = NetworkAnalysis.of(List.of(
                entity("biden", EntityType.PERSON, in("biden", "a", "p1"), in("biden", "a", "p1"), in("biden", "a", "p2"), in("biden", "b", "p1")),
                entity("poetin", EntityType.PERSON, in("poetin", "a", "p1"), in("poetin", "b", "p1")),
                entity("navo", EntityType.ORGANIZATION, in("navo", "a", "p2")),
                entity("genève", EntityType.PLACE, in("genève", "a", "p1"))));
        assertEquals(List.of("biden", "poetin", "navo"), network.nodes().stream().map(n -> n.entity()).toList(),
                "most mentioned first; places are not in the network");
        assertEquals(4, network.nodes().get(0).mentions());
        assertEquals(List.of(new NetworkEdge("biden", "poetin", 2), new NetworkEdge("biden", "navo", 1)), network.edges(),
                "heaviest first: Biden and Poetin share two blocks, Biden and the NAVO one");
    }

    @Test
    void anEntityNamedAloneIsANodeWithoutEdges() {
        Network network = NetworkAnalysis.of(List.of(entity("zelenski", EntityType.PERSON, in("zelenski", "a", "p1"))));
        assertEquals(1, network.nodes().size());
        assertTrue(network.edges().isEmpty());
    }
}
