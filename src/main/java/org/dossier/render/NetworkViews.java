package org.dossier.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dossier.model.EntityType;
import org.dossier.model.Network;
import org.dossier.model.NetworkEdge;
import org.dossier.model.NetworkNode;
import org.dossier.render.i18n.Messages;
import org.dossier.render.svg.Layouts;
import org.dossier.render.svg.NetworkSvg;

/**
 * The network page (the strongest part drawn, the rest in a table) and the drawing of each entity's
 * neighbourhood on its page.
 */
final class NetworkViews {
    /** How many of the most mentioned connected people and organisations the network page draws. */
    static final int DRAWN = 40;
    /** How many more the page's table lists; the exports hold them all. */
    static final int LISTED = 500;
    static final int WIDTH = 960;
    static final int HEIGHT = 680;
    static final int NEIGHBOURHOOD_WIDTH = 640;
    static final int NEIGHBOURHOOD_HEIGHT = 420;
    /** The drawings' words, from the site's message file. */
    static NetworkSvg.Words words(Messages messages) {
        return new NetworkSvg.Words(messages.text("network.title"),
                Map.of(EntityType.PERSON, messages.text("entity.type.person"), EntityType.ORGANIZATION, messages.text("entity.type.organization")),
                messages.text("network.svg.mentions"), messages.text("network.svg.together"));
    }

    /** A row of the network page's table: one entity, how connected, and its strongest tie. */
    public record NodeRow(String id, String name, String url, String type, int mentions, int links,
                          String partnerName, String partnerUrl, int partnerWeight) {}

    /** The network page: the drawing, the drawn nodes and the next ones in the table, and the counts. */
    public record NetworkPage(SafeHtml drawing, List<NodeRow> drawn, List<NodeRow> rest, int restCount, int nodeCount, int edgeCount) {}

    private NetworkViews() {}

    static NetworkPage page(DossierIndex index, Messages messages) {
        Network network = index.dossier().structure().network();
        Map<String, List<NetworkEdge>> edgesOf = new HashMap<>();
        for (NetworkEdge edge : network.edges()) {
            edgesOf.computeIfAbsent(edge.source(), k -> new ArrayList<>()).add(edge);
            edgesOf.computeIfAbsent(edge.target(), k -> new ArrayList<>()).add(edge);
        }
        List<NetworkNode> connected = network.nodes().stream().filter(n -> edgesOf.containsKey(n.entity())).toList();
        List<NetworkNode> drawn = connected.subList(0, Math.min(DRAWN, connected.size()));
        List<NetworkNode> rest = connected.subList(drawn.size(), connected.size());
        SafeHtml drawing = new SafeHtml(drawn.isEmpty() ? "" : NetworkSvg.draw(nodes(index, drawn, ""), network.edges(), words(messages), WIDTH, HEIGHT));
        return new NetworkPage(drawing,
                drawn.stream().map(n -> row(index, n, edgesOf)).toList(),
                rest.subList(0, Math.min(LISTED, rest.size())).stream().map(n -> row(index, n, edgesOf)).toList(),
                rest.size(), network.nodes().size(), network.edges().size());
    }

    /** No drawing: for an entity without neighbours, and on the later pages of an entity. */
    static final SafeHtml NONE = new SafeHtml("");

    /**
     * The drawing of an entity's neighbourhood for its page, laid out by the render's {@code layouts}; empty when
     * it has no neighbours.
     */
    static SafeHtml neighbourhood(DossierIndex index, String entityId, Messages messages, Layouts layouts) {
        Optional<Network> part = index.neighbourhood(entityId);
        if (part.isEmpty() || part.get().nodes().size() < 2) return NONE;
        return new SafeHtml(NetworkSvg.draw(nodes(index, part.get().nodes(), "../"), part.get().edges(), words(messages),
                NEIGHBOURHOOD_WIDTH, NEIGHBOURHOOD_HEIGHT, layouts));
    }

    /** The nodes as drawn, their links relative to a page {@code root} below the site root. */
    private static List<NetworkSvg.Node> nodes(DossierIndex index, List<NetworkNode> nodes, String root) {
        return nodes.stream().map(n -> {
            DossierIndex.EntityLabel label = index.entityLabel(n.entity()).orElseThrow();
            return new NetworkSvg.Node(n.entity(), label.name(), n.type(), n.mentions(), root + SiteLinks.entity(n.entity()));
        }).toList();
    }

    private static NodeRow row(DossierIndex index, NetworkNode node, Map<String, List<NetworkEdge>> edgesOf) {
        List<NetworkEdge> edges = edgesOf.getOrDefault(node.entity(), List.of());
        DossierIndex.EntityLabel label = index.entityLabel(node.entity()).orElseThrow();
        String partner = edges.isEmpty() ? "" : edges.get(0).source().equals(node.entity()) ? edges.get(0).target() : edges.get(0).source();
        String partnerName = partner.isEmpty() ? "" : index.entityLabel(partner).map(DossierIndex.EntityLabel::name).orElse(partner);
        return new NodeRow(node.entity(), label.name(), SiteLinks.entity(node.entity()), node.type().id(), node.mentions(), edges.size(),
                partnerName, partner.isEmpty() ? "" : SiteLinks.entity(partner), edges.isEmpty() ? 0 : edges.get(0).weight());
    }
}
