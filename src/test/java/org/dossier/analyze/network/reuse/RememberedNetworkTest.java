package org.dossier.analyze.network.reuse;

import static org.dossier.analyze.network.NetworkAnalysisTest.entity;
import static org.dossier.analyze.network.NetworkAnalysisTest.in;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.List;
import org.dossier.analyze.network.NetworkAnalysis;
import org.dossier.model.Entity;
import org.dossier.model.EntityType;
import org.dossier.model.Network;
import org.junit.jupiter.api.Test;

/** A remembered network after each edit of the entities is the one drawn afresh. */
class RememberedNetworkTest {
    @Test
    void aRememberedNetworkAfterEachEditEqualsAFreshOne() {
        List<Entity> entities = new ArrayList<>(List.of(
                entity("biden", EntityType.PERSON, in("biden", "a", "p1"), in("biden", "b", "p1")),
                entity("poetin", EntityType.PERSON, in("poetin", "a", "p1")),
                entity("navo", EntityType.ORGANIZATION, in("navo", "a", "p2"))));
        RememberedNetwork memory = new RememberedNetwork();
        List<Network> drawn = new ArrayList<>();
        for (int step = 0; step < 5; step++) {
            switch (step) {
                case 1 -> entities.set(2, entity("navo", EntityType.ORGANIZATION, in("navo", "a", "p2"), in("navo", "b", "p1")));
                case 2 -> entities.add(entity("rutte", EntityType.PERSON, in("rutte", "a", "p1")));
                case 3 -> entities.set(1, entity("poetin", EntityType.PLACE, in("poetin", "a", "p1")));
                default -> { }
            }
            List<Entity> now = List.copyOf(entities);
            Network fresh = NetworkAnalysis.of(now);
            assertEquals(fresh, memory.of(now), "step " + step);
            drawn.add(fresh);
        }
        assertNotEquals(drawn.get(0), drawn.get(1), "a new mention joins the NAVO to Biden");
        assertNotEquals(drawn.get(2), drawn.get(3), "a place leaves the network");
        assertEquals(drawn.get(3), drawn.get(4));
    }
}
