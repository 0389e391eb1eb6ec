package org.dossier.render.svg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.dossier.model.EntityType;
import org.dossier.model.NetworkEdge;
import org.junit.jupiter.api.Test;

class LayoutsTest {
    private static final List<ForceLayout.Link> TRIANGLE = List.of(
            new ForceLayout.Link(0, 1, 1.0), new ForceLayout.Link(1, 2, 0.5), new ForceLayout.Link(0, 2, 0.25));

    @Test
    void aShapeLaidOutAgainGetsTheSamePositionsAsALayoutOfItsOwn() {
        Layouts layouts = new Layouts();
        double[][] first = layouts.positions(3, TRIANGLE, 500, 300);
        double[][] again = layouts.positions(3, List.copyOf(TRIANGLE), 500, 300);
        double[][] alone = ForceLayout.positions(3, TRIANGLE, 500, 300);
        for (int i = 0; i < 3; i++) {
            assertArrayEquals(alone[i], first[i]);
            assertArrayEquals(alone[i], again[i]);
        }
    }

    @Test
    void whatACallerDoesToItsPositionsDoesNotReachTheNextCaller() {
        Layouts layouts = new Layouts();
        double[][] first = layouts.positions(3, TRIANGLE, 500, 300);
        double x = first[0][0];
        first[0][0] += 1000;
        assertEquals(x, layouts.positions(3, TRIANGLE, 500, 300)[0][0]);
    }

    @Test
    void aDifferentWeightOrBoxIsADifferentShape() {
        Layouts layouts = new Layouts();
        double[][] triangle = layouts.positions(3, TRIANGLE, 500, 300);
        List<ForceLayout.Link> heavier = List.of(
                new ForceLayout.Link(0, 1, 1.0), new ForceLayout.Link(1, 2, 1.0), new ForceLayout.Link(0, 2, 0.25));
        assertArrayEquals(ForceLayout.positions(3, heavier, 500, 300)[2], layouts.positions(3, heavier, 500, 300)[2]);
        assertFalse(Arrays.deepEquals(triangle, layouts.positions(3, heavier, 500, 300)));
        assertArrayEquals(ForceLayout.positions(3, TRIANGLE, 400, 300)[2], layouts.positions(3, TRIANGLE, 400, 300)[2]);
    }

    @Test
    void twoNeighbourhoodsOfTheSameShapeAreDrawnAsEachAloneWouldBe() {
        NetworkSvg.Words words = new NetworkSvg.Words("Network", Map.of(EntityType.PERSON, "Person"), "mentions", "paragraphs together");
        List<NetworkSvg.Node> one = List.of(new NetworkSvg.Node("a", "Ada", EntityType.PERSON, 4, "a.html"),
                new NetworkSvg.Node("b", "Bert", EntityType.PERSON, 2, "b.html"));
        List<NetworkSvg.Node> other = List.of(new NetworkSvg.Node("c", "Cleo", EntityType.PERSON, 9, "c.html"),
                new NetworkSvg.Node("d", "Dirk", EntityType.PERSON, 1, "d.html"));
        Layouts layouts = new Layouts();
        String first = NetworkSvg.draw(one, List.of(new NetworkEdge("a", "b", 3)), words, 640, 420, layouts);
        String second = NetworkSvg.draw(other, List.of(new NetworkEdge("c", "d", 7)), words, 640, 420, layouts);
        assertEquals(NetworkSvg.draw(one, List.of(new NetworkEdge("a", "b", 3)), words, 640, 420), first);
        assertEquals(NetworkSvg.draw(other, List.of(new NetworkEdge("c", "d", 7)), words, 640, 420), second);
    }
}
