package org.dossier.render.network;

import java.util.Map;
import org.dossier.model.Network;
import org.dossier.model.NetworkEdge;
import org.dossier.model.NetworkNode;
import org.dossier.render.svg.Xml;

/**
 * The network as GEXF 1.3 (undirected, static): a node per entity labelled with its name, with its type
 * and mention count as node attributes, and an edge per pair named together, weighted by the number of
 * paragraphs that name both. No date in the file, so the same network gives the same bytes.
 */
public final class GexfExport {
    private GexfExport() {}

    /** The file's text; {@code names} gives each entity id its name. */
    public static String write(Network network, Map<String, String> names) {
        StringBuilder out = new StringBuilder(256 + network.nodes().size() * 220 + network.edges().size() * 80);
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<gexf xmlns=\"http://gexf.net/1.3\" version=\"1.3\">\n")
                .append("  <meta>\n    <creator>Dossier</creator>\n")
                .append("    <description>People and organisations named in the same paragraph</description>\n  </meta>\n")
                .append("  <graph defaultedgetype=\"undirected\" mode=\"static\">\n")
                .append("    <attributes class=\"node\">\n")
                .append("      <attribute id=\"type\" title=\"type\" type=\"string\"/>\n")
                .append("      <attribute id=\"mentions\" title=\"mentions\" type=\"integer\"/>\n")
                .append("    </attributes>\n");
        out.append("    <nodes count=\"").append(network.nodes().size()).append("\">\n");
        for (NetworkNode node : network.nodes()) {
            out.append("      <node id=\"").append(Xml.escape(node.entity())).append("\" label=\"")
                    .append(Xml.escape(names.getOrDefault(node.entity(), node.entity()))).append("\">")
                    .append("<attvalues><attvalue for=\"type\" value=\"").append(node.type().id()).append("\"/>")
                    .append("<attvalue for=\"mentions\" value=\"").append(node.mentions()).append("\"/></attvalues></node>\n");
        }
        out.append("    </nodes>\n    <edges count=\"").append(network.edges().size()).append("\">\n");
        int id = 0;
        for (NetworkEdge edge : network.edges()) {
            out.append("      <edge id=\"").append(id++).append("\" source=\"").append(Xml.escape(edge.source()))
                    .append("\" target=\"").append(Xml.escape(edge.target())).append("\" weight=\"").append(edge.weight()).append("\"/>\n");
        }
        out.append("    </edges>\n  </graph>\n</gexf>\n");
        return out.toString();
    }
}
