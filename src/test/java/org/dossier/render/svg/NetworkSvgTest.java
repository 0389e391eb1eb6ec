package org.dossier.render.svg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dossier.model.EntityType;
import org.dossier.model.NetworkEdge;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

class NetworkSvgTest {
    private static final NetworkSvg.Words WORDS = new NetworkSvg.Words("Wie met wie",
            Map.of(EntityType.PERSON, "Persoon", EntityType.ORGANIZATION, "Organisatie"), "vermeldingen", "alinea's samen");

    /** Forty nodes with long names, every one joined to the next three: a crowded drawing. */
    private static String crowded() {
        List<NetworkSvg.Node> nodes = new ArrayList<>();
        List<NetworkEdge> edges = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String id = String.format("n%02d", i);
            nodes.add(new NetworkSvg.Node(id, "Naam van iemand nummer " + i, i % 3 == 0 ? EntityType.ORGANIZATION : EntityType.PERSON,
                    100 - i * 2, "entities/" + id + ".html"));
            for (int j = 1; j <= 3 && i + j < 40; j++) edges.add(new NetworkEdge(id, String.format("n%02d", i + j), 1 + (i + j) % 5));
        }
        nodes.set(5, new NetworkSvg.Node("n05", "<script>alert(1)</script> & \"co\"", EntityType.PERSON, 90, "entities/n05.html"));
        return NetworkSvg.draw(nodes, edges, WORDS, 960, 680);
    }

    @Test
    void everyNodeIsALinkToItsPageAndEveryTextIsEscaped() {
        String svg = crowded();
        Document doc = Jsoup.parse(svg, "", Parser.xmlParser());
        assertEquals(40, doc.select("g.nodes > a").size());
        assertEquals("entities/n00.html", doc.selectFirst("g.nodes > a").attr("href"));
        assertTrue(doc.select("script").isEmpty());
        assertTrue(doc.select("g.nodes > a > title").eachText().contains("<script>alert(1)</script> & \"co\": 90 vermeldingen"));
    }

    @Test
    void theLegendUsesTheWordsItIsGivenForTheTypesDrawn() {
        Document doc = Jsoup.parse(crowded(), "", Parser.xmlParser());
        assertEquals(List.of("Persoon", "Organisatie"), doc.select("g.legend text").eachText());
        assertEquals("Wie met wie", doc.selectFirst("svg").attr("aria-label"));
    }

    @Test
    void labelsShownDoNotOverlapEachOtherOrAnyNode() {
        Document doc = Jsoup.parse(crowded(), "", Parser.xmlParser());
        List<double[]> boxes = new ArrayList<>();
        for (Element text : doc.select("g.nodes text")) {
            double x = Double.parseDouble(text.attr("x"));
            double y = Double.parseDouble(text.attr("y"));
            boxes.add(new double[] {x, y - 12, x + text.text().length() * 12 * 0.6, y + 2});
        }
        assertTrue(boxes.size() >= 20, "most labels find a place: " + boxes.size());
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) assertFalse(overlap(boxes.get(i), boxes.get(j)), "labels " + i + " and " + j);
            for (Element circle : doc.select("g.nodes circle")) {
                double cx = Double.parseDouble(circle.attr("cx"));
                double cy = Double.parseDouble(circle.attr("cy"));
                double r = Double.parseDouble(circle.attr("r"));
                boolean own = circle.parent() == doc.select("g.nodes text").get(i).parent();
                if (!own) assertFalse(overlap(boxes.get(i), new double[] {cx - r, cy - r, cx + r, cy + r}), "a label covers a node");
            }
        }
    }

    @Test
    void theSameNetworkIsDrawnTheSameEveryTime() {
        assertEquals(crowded(), crowded());
    }

    private static boolean overlap(double[] a, double[] b) {
        return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
    }
}
