package org.dossier.render.svg;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.dossier.model.EntityType;
import org.dossier.model.NetworkEdge;

/**
 * Draws a network as a static SVG at build time: node area by mentions, edge width by shared paragraphs,
 * colour by type with a legend, labels that do not overlap, each node a link to its page. The layout is
 * {@link ForceLayout}'s, so the same network is drawn byte for byte the same. Every word comes from the
 * caller ({@link Words}); every text is escaped.
 */
public final class NetworkSvg {
    private static final String FONT = "system-ui, sans-serif";
    private static final int FONT_SIZE = 12;
    private static final int MARGIN = 16;
    private static final int LEGEND_HEIGHT = 28;
    private static final Map<EntityType, String> FILL = Map.of(
            EntityType.PERSON, "#1d4ed8", EntityType.ORGANIZATION, "#b45309",
            EntityType.PLACE, "#047857", EntityType.OTHER, "#6b7280");

    private NetworkSvg() {}

    /** A node to draw: its entity id, the name on its label, its type, mentions and page (relative to the page drawn on). */
    public record Node(String id, String name, EntityType type, int mentions, String url) {}

    /**
     * The drawing's words.
     *
     * @param title     what the drawing shows, for its accessible name
     * @param typeNames the legend's name of each type drawn
     * @param mentions  the tooltip's noun after a node's count, e.g. "mentions"
     * @param together  the tooltip's words after an edge's count, e.g. "paragraphs together"
     */
    public record Words(String title, Map<EntityType, String> typeNames, String mentions, String together) {}

    /** The drawing of {@code nodes} and the edges among them, {@code width} × {@code height} pixels. */
    public static String draw(List<Node> nodes, List<NetworkEdge> edges, Words words, int width, int height) {
        return draw(nodes, edges, words, width, height, new Layouts());
    }

    /** The same drawing, laid out by {@code layouts}, which lays out a graph it has laid out before only once. */
    public static String draw(List<Node> nodes, List<NetworkEdge> edges, Words words, int width, int height, Layouts layouts) {
        Objects.requireNonNull(nodes, "nodes must not be null");
        Objects.requireNonNull(edges, "edges must not be null");
        Objects.requireNonNull(words, "words must not be null");
        Objects.requireNonNull(layouts, "layouts must not be null");
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < nodes.size(); i++) index.put(nodes.get(i).id(), i);
        List<NetworkEdge> drawn = edges.stream().filter(e -> index.containsKey(e.source()) && index.containsKey(e.target())).toList();
        int maxWeight = drawn.stream().mapToInt(NetworkEdge::weight).max().orElse(1);
        int maxMentions = nodes.stream().mapToInt(Node::mentions).max().orElse(1);
        List<ForceLayout.Link> links = drawn.stream()
                .map(e -> new ForceLayout.Link(index.get(e.source()), index.get(e.target()), (double) e.weight() / maxWeight)).toList();
        double areaWidth = width - 2.0 * MARGIN;
        double areaHeight = height - 2.0 * MARGIN - LEGEND_HEIGHT;
        // Laid out in a smaller box than drawn, so that nodes at the rim keep room for their labels.
        double[][] p = layouts.positions(nodes.size(), links, areaWidth * 0.8, areaHeight * 0.86);
        double[] radius = new double[nodes.size()];
        for (int i = 0; i < nodes.size(); i++) {
            p[i][0] += MARGIN + areaWidth * 0.1;
            p[i][1] += MARGIN + LEGEND_HEIGHT + areaHeight * 0.07;
            radius[i] = 4 + 14 * Math.sqrt((double) Math.max(0, nodes.get(i).mentions()) / Math.max(1, maxMentions));
        }

        StringBuilder svg = new StringBuilder(2048 + nodes.size() * 400 + drawn.size() * 160);
        // Not role="img": that would hide the nodes' links from assistive technology and the keyboard.
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"network\" role=\"group\"")
                .append(" width=\"").append(width).append("\" height=\"").append(height).append('"')
                .append(" viewBox=\"0 0 ").append(width).append(' ').append(height).append('"')
                .append(" aria-label=\"").append(Xml.escape(words.title())).append('"')
                .append(" font-family=\"").append(Xml.escape(FONT)).append("\" font-size=\"").append(FONT_SIZE).append("\">\n");
        svg.append("<title>").append(Xml.escape(words.title())).append("</title>\n");
        legend(svg, nodes, words);
        svg.append("<g class=\"edges\" stroke=\"#9ca3af\" stroke-opacity=\"0.7\">\n");
        for (NetworkEdge edge : drawn) {
            int a = index.get(edge.source());
            int b = index.get(edge.target());
            svg.append("<line x1=\"").append(num(p[a][0])).append("\" y1=\"").append(num(p[a][1]))
                    .append("\" x2=\"").append(num(p[b][0])).append("\" y2=\"").append(num(p[b][1]))
                    .append("\" stroke-width=\"").append(num(1 + 5.0 * edge.weight() / maxWeight)).append("\">")
                    .append("<title>").append(Xml.escape(nodes.get(a).name())).append(" – ").append(Xml.escape(nodes.get(b).name()))
                    .append(": ").append(edge.weight()).append(' ').append(Xml.escape(words.together())).append("</title></line>\n");
        }
        svg.append("</g>\n");
        LabelPlacer labels = new LabelPlacer(width, height, FONT_SIZE);
        for (int i = 0; i < nodes.size(); i++) labels.node(p[i][0], p[i][1], radius[i]);
        List<String> nodeMarkup = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            Node node = nodes.get(i);
            LabelPlacer.Placement label = labels.place(p[i][0], p[i][1], radius[i], node.name());
            StringBuilder a = new StringBuilder();
            a.append("<a href=\"").append(Xml.escape(node.url())).append("\" class=\"node node-").append(node.type().id()).append("\">")
                    .append("<title>").append(Xml.escape(node.name())).append(": ").append(node.mentions()).append(' ')
                    .append(Xml.escape(words.mentions())).append("</title>")
                    .append("<circle cx=\"").append(num(p[i][0])).append("\" cy=\"").append(num(p[i][1]))
                    .append("\" r=\"").append(num(radius[i])).append("\" fill=\"").append(FILL.get(node.type()))
                    .append("\" stroke=\"#ffffff\" stroke-width=\"1.5\"/>");
            if (label.shown()) {
                a.append("<text x=\"").append(num(label.x())).append("\" y=\"").append(num(label.y()))
                        .append("\" fill=\"#111827\">").append(Xml.escape(node.name())).append("</text>");
            }
            a.append("</a>\n");
            nodeMarkup.add(a.toString());
        }
        svg.append("<g class=\"nodes\">\n");
        nodeMarkup.forEach(svg::append);
        svg.append("</g>\n</svg>\n");
        return svg.toString();
    }

    /** A swatch and name for each type drawn, in type order, across the top. */
    private static void legend(StringBuilder svg, List<Node> nodes, Words words) {
        svg.append("<g class=\"legend\" fill=\"#111827\">\n");
        double x = MARGIN;
        for (EntityType type : EntityType.values()) {
            if (nodes.stream().noneMatch(n -> n.type() == type)) continue;
            String name = words.typeNames().getOrDefault(type, type.id());
            svg.append("<circle cx=\"").append(num(x + 6)).append("\" cy=\"").append(MARGIN + 6).append("\" r=\"6\" fill=\"")
                    .append(FILL.get(type)).append("\"/>");
            svg.append("<text x=\"").append(num(x + 16)).append("\" y=\"").append(MARGIN + 10).append("\">")
                    .append(Xml.escape(name)).append("</text>\n");
            x += 16 + name.length() * FONT_SIZE * 0.62 + 18;
        }
        svg.append("</g>\n");
    }

    /** One decimal, as {@code %.1f} would write it; by hand, as a page draws hundreds and a large site thousands of pages. */
    static String num(double value) {
        long tenths = Math.round(value * 10);
        String sign = tenths < 0 ? "-" : "";
        long abs = Math.abs(tenths);
        return sign + abs / 10 + "." + abs % 10;
    }
}
