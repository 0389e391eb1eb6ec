package org.dossier.render.network;

import java.util.List;
import java.util.Map;
import org.dossier.model.Network;
import org.dossier.model.NetworkEdge;
import org.dossier.model.NetworkNode;

/**
 * The network as two CSV files in RFC 4180's form (comma separated, CRLF line ends, a header row, fields
 * with commas, quotes or line breaks in double quotes with inner quotes doubled): {@code entities.csv}
 * (id, name, type, mentions, page) and {@code links.csv} (source, target, their names, weight).
 */
public final class NetworkCsv {
    private static final String CRLF = "\r\n";

    private NetworkCsv() {}

    /** {@code names} gives each entity id its name; {@code urlOf} its page relative to the site root. */
    public static String entities(Network network, Map<String, String> names, java.util.function.Function<String, String> urlOf) {
        StringBuilder out = new StringBuilder(64 + network.nodes().size() * 80);
        row(out, List.of("id", "name", "type", "mentions", "url"));
        for (NetworkNode node : network.nodes()) {
            row(out, List.of(node.entity(), names.getOrDefault(node.entity(), node.entity()), node.type().id(),
                    Integer.toString(node.mentions()), urlOf.apply(node.entity())));
        }
        return out.toString();
    }

    public static String links(Network network, Map<String, String> names) {
        StringBuilder out = new StringBuilder(64 + network.edges().size() * 80);
        row(out, List.of("source", "target", "source_name", "target_name", "weight"));
        for (NetworkEdge edge : network.edges()) {
            row(out, List.of(edge.source(), edge.target(), names.getOrDefault(edge.source(), edge.source()),
                    names.getOrDefault(edge.target(), edge.target()), Integer.toString(edge.weight())));
        }
        return out.toString();
    }

    private static void row(StringBuilder out, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) out.append(',');
            out.append(field(fields.get(i)));
        }
        out.append(CRLF);
    }

    /**
     * The field as RFC 4180 writes it. A value that a spreadsheet would run as a formula (it starts with
     * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return: a name in a hostile seed can) gets a
     * leading apostrophe, as OWASP advises, so that opening the file runs nothing.
     */
    static String field(String raw) {
        String value = !raw.isEmpty() && "=+-@\t\r".indexOf(raw.charAt(0)) >= 0 ? "'" + raw : raw;
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0;
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
