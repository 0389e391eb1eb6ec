package org.dossier.ingest;

import java.util.List;
import java.util.Optional;
import org.dossier.model.Diagnostic;
import org.dossier.model.SourceLocation;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * YAML front matter between a first line {@code ---} and the next line {@code ---}. Read as a node tree
 * (not as Java objects) so that every value keeps its line and no value is silently turned into a
 * {@code java.util.Date}.
 */
final class FrontMatter {
    /** The metadata, the body after the front matter, the body's first line number, and diagnostics. */
    record Split(SeedMetadata metadata, String body, int bodyLine, List<Diagnostic> diagnostics) {}

    private FrontMatter() {}

    static Split split(String file, String text) {
        if (!text.startsWith("---\n")) return new Split(SeedMetadata.EMPTY, text, 1, List.of());
        String[] lines = text.split("\n", -1);
        int close = -1;
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].strip().equals("---") || lines[i].strip().equals("...")) {
                close = i;
                break;
            }
        }
        if (close < 0) {
            return new Split(SeedMetadata.EMPTY, "", 1, List.of(Diagnostic.error(SourceLocation.of(file, 1),
                    "front matter opened with '---' is never closed; close it with a line '---'")));
        }
        String yaml = String.join("\n", List.of(lines).subList(1, close));
        String body = String.join("\n", List.of(lines).subList(close + 1, lines.length));
        MetadataFields fields = new MetadataFields(file);
        Optional<Diagnostic> problem = read(file, yaml, fields);
        List<Diagnostic> diagnostics = problem.map(List::of).orElseGet(fields::diagnostics);
        return new Split(fields.metadata(), body, close + 2, diagnostics);
    }

    private static Optional<Diagnostic> read(String file, String yaml, MetadataFields fields) {
        Node root;
        try {
            root = YamlLimits.compose(yaml);
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 1 : e.getProblemMark().getLine() + 2;
            return Optional.of(Diagnostic.error(SourceLocation.of(file, line), "front matter is not valid YAML ("
                    + e.getProblem() + "); write one 'key: value' per line and close it with a line '---'"));
        } catch (YAMLException e) {
            return Optional.of(Diagnostic.error(SourceLocation.of(file, 1), "front matter cannot be read ("
                    + e.getMessage() + "); front matter may hold " + YamlLimits.DESCRIPTION + ": write one 'key: value' per line and close it with a line '---'"));
        }
        if (root == null) return Optional.empty();
        if (!(root instanceof MappingNode mapping)) {
            return Optional.of(Diagnostic.error(SourceLocation.of(file, 2),
                    "front matter must be 'key: value' lines (title, date, source, ...), not a list or a single value"));
        }
        for (NodeTuple tuple : mapping.getValue()) {
            int line = tuple.getKeyNode().getStartMark().getLine() + 2;
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) continue;
            if (tuple.getValueNode() instanceof ScalarNode value) {
                fields.accept(key.getValue(), value.getValue(), line);
            } else if (tuple.getValueNode() instanceof SequenceNode list) {
                // e.g. "author: [A, B]": several values read as one list.
                fields.accept(key.getValue(), String.join(", ", list.getValue().stream()
                        .filter(ScalarNode.class::isInstance).map(n -> ((ScalarNode) n).getValue()).toList()), line);
            } else {
                fields.accept(key.getValue(), "", line);
            }
        }
        return Optional.empty();
    }
}
