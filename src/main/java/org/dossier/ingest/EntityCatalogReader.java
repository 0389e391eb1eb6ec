package org.dossier.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dossier.model.Diagnostic;
import org.dossier.model.EntityCatalog;
import org.dossier.model.EntityType;
import org.dossier.model.LinkRule;
import org.dossier.model.SourceLocation;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads the editor's file of entities, {@code seeds/entities.yml}:
 * <pre>
 * entities:
 *   - name: Volodymyr Zelensky
 *     type: person            # person, organization, place or other
 *     aliases: [Zelenski, Володимир Зеленський, "@ZelenskyyUa"]
 *     description: President of Ukraine since 2019.
 *     link: https://www.wikidata.org/wiki/Q3874799
 * ignore:
 *   - Westen
 * </pre>
 * The file is optional. Mistakes come back as diagnostics with file, line and what to do; the
 * catalog then holds the entries that were valid.
 */
public final class EntityCatalogReader {
    /** The longest name or alias: the longest real names run to some 80 characters. */
    static final int MAX_NAME_LENGTH = 200;
    private static final Set<String> ENTRY_KEYS = Set.of("name", "type", "aliases", "description", "link");
    private static final Map<String, EntityType> TYPES = Map.of(
            "person", EntityType.PERSON, "organization", EntityType.ORGANIZATION, "organisation", EntityType.ORGANIZATION,
            "place", EntityType.PLACE, "other", EntityType.OTHER);

    /** The catalog and what was wrong with the file. */
    public record Result(EntityCatalog catalog, List<Diagnostic> diagnostics) {
        public Result {
            diagnostics = List.copyOf(diagnostics);
        }

        public boolean hasErrors() {
            return diagnostics.stream().anyMatch(Diagnostic::isError);
        }
    }

    private final String file;
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    private EntityCatalogReader(String file) {
        this.file = file;
    }

    /**
     * Reads the file at {@code path}; {@code shownAs} is how messages name it (e.g. seeds/entities.yml).
     * A missing file is an empty catalog.
     */
    public static Result read(Path path, String shownAs) {
        ConfigFile file = ConfigFile.read(path, shownAs);
        return file.text().map(text -> parse(text, shownAs))
                .orElseGet(() -> new Result(EntityCatalog.empty(), file.problem().stream().toList()));
    }

    /** Parses the text of an editor's file named {@code shownAs} in messages. */
    public static Result parse(String yaml, String shownAs) {
        return new EntityCatalogReader(shownAs).parse(yaml);
    }

    private Result parse(String yaml) {
        Node root;
        try {
            root = YamlLimits.compose(yaml);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            error(mark, "not valid YAML (" + e.getProblem() + "); check the indentation and quote names that contain ':' or start with '@'");
            return result(List.of(), List.of());
        } catch (YAMLException e) {
            diagnostics.add(Diagnostic.error(SourceLocation.of(file), "cannot be read (" + e.getMessage() + "); the file may hold "
                    + YamlLimits.DESCRIPTION + ": write each entity out instead of repeating lists through aliases"));
            return result(List.of(), List.of());
        }
        if (root == null) return result(List.of(), List.of());
        if (!(root instanceof MappingNode mapping)) {
            error(root.getStartMark(), "the file must be a mapping with the keys 'entities' and 'ignore'; start it with a line 'entities:'");
            return result(List.of(), List.of());
        }
        List<EntityCatalog.Entry> entries = new ArrayList<>();
        List<String> ignored = new ArrayList<>();
        for (NodeTuple t : mapping.getValue()) {
            String key = scalar(t.getKeyNode()).orElse("");
            switch (key) {
                case "entities" -> entries.addAll(entries(t.getValueNode()));
                case "ignore" -> ignored.addAll(strings(t.getValueNode(), "ignore"));
                default -> warning(t.getKeyNode().getStartMark(), "unknown key '" + key + "' is ignored; the file knows 'entities' and 'ignore'");
            }
        }
        return result(entries, ignored);
    }

    private Result result(List<EntityCatalog.Entry> entries, List<String> ignored) {
        return new Result(new EntityCatalog(entries, ignored), diagnostics);
    }

    private List<EntityCatalog.Entry> entries(Node node) {
        if (!(node instanceof SequenceNode sequence)) {
            error(node.getStartMark(), "'entities' must be a list; write each entity as a line '  - name: ...'");
            return List.of();
        }
        List<EntityCatalog.Entry> entries = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Node item : sequence.getValue()) {
            Optional<EntityCatalog.Entry> entry = entry(item);
            if (entry.isEmpty()) continue;
            String name = entry.get().name().toLowerCase(Locale.ROOT);
            Integer earlier = seen.putIfAbsent(name, item.getStartMark().getLine() + 1);
            if (earlier != null) {
                error(item.getStartMark(), "entity '" + entry.get().name() + "' is already described at line " + earlier
                        + "; merge the two entries");
                continue;
            }
            entries.add(entry.get());
        }
        return entries;
    }

    private Optional<EntityCatalog.Entry> entry(Node node) {
        if (!(node instanceof MappingNode mapping)) {
            error(node.getStartMark(), "an entity must be a mapping with at least 'name' and 'type'; write it as '- name: ...' with 'type: ...' below");
            return Optional.empty();
        }
        Map<String, Node> values = new HashMap<>();
        for (NodeTuple t : mapping.getValue()) {
            String key = scalar(t.getKeyNode()).orElse("");
            if (!ENTRY_KEYS.contains(key)) {
                warning(t.getKeyNode().getStartMark(), "unknown key '" + key + "' is ignored; an entity knows name, type, aliases, description and link");
                continue;
            }
            values.put(key, t.getValueNode());
        }
        Optional<String> name = Optional.ofNullable(values.get("name")).flatMap(this::scalar).filter(s -> !s.isBlank());
        if (name.isEmpty()) {
            error(node.getStartMark(), "this entity has no name; add a line 'name: ...'");
            return Optional.empty();
        }
        if (name.get().strip().length() > MAX_NAME_LENGTH) {
            error(values.get("name").getStartMark(), "the name is longer than " + MAX_NAME_LENGTH + " characters; a name is a few words");
            return Optional.empty();
        }
        Node typeNode = values.get("type");
        if (typeNode == null) {
            error(node.getStartMark(), "entity '" + name.get() + "' has no type; add 'type: person' (or organization, place, other)");
            return Optional.empty();
        }
        String typeText = scalar(typeNode).orElse("").strip().toLowerCase(Locale.ROOT);
        EntityType type = TYPES.get(typeText);
        if (type == null) {
            error(typeNode.getStartMark(), "unknown type '" + typeText + "' for '" + name.get() + "'; use person, organization, place or other");
            return Optional.empty();
        }
        List<String> aliases = values.containsKey("aliases") ? strings(values.get("aliases"), "aliases") : List.of();
        Optional<String> description = Optional.ofNullable(values.get("description")).flatMap(this::scalar).map(String::strip).filter(s -> !s.isEmpty());
        Optional<String> link = Optional.ofNullable(values.get("link")).flatMap(this::scalar).map(String::strip).filter(s -> !s.isEmpty());
        if (link.isPresent() && !LinkRule.allows(link.get(), LinkRule.WEB)) {
            warning(values.get("link").getStartMark(), "link '" + MetadataFields.printable(link.get()) + "' of '" + name.get() + "' "
                    + LinkRule.problem(link.get(), LinkRule.WEB).orElseThrow() + "; it is left out (write an http:// or https:// address)");
            link = Optional.empty();
        }
        return Optional.of(new EntityCatalog.Entry(name.get().strip(), type, aliases, description, link, location(node.getStartMark())));
    }

    private List<String> strings(Node node, String what) {
        if (node instanceof ScalarNode) return scalar(node).filter(s -> !s.isBlank()).map(s -> List.of(s.strip())).orElse(List.of());
        if (!(node instanceof SequenceNode sequence)) {
            error(node.getStartMark(), "'" + what + "' must be a list of names, e.g. [Poetin, Putin]");
            return List.of();
        }
        List<String> result = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            Optional<String> s = scalar(item);
            if (s.isEmpty()) {
                error(item.getStartMark(), "'" + what + "' must hold plain names; quote a name that contains ':' or starts with '@'");
            } else if (s.get().strip().length() > MAX_NAME_LENGTH) {
                error(item.getStartMark(), "'" + what + "' holds a name longer than " + MAX_NAME_LENGTH + " characters; a name is a few words");
            } else if (!s.get().isBlank()) {
                result.add(s.get().strip());
            }
        }
        return result;
    }

    private Optional<String> scalar(Node node) {
        return node instanceof ScalarNode s ? Optional.of(s.getValue()) : Optional.empty();
    }

    private SourceLocation location(Mark mark) {
        return mark == null ? SourceLocation.of(file) : new SourceLocation(file, mark.getLine() + 1, mark.getColumn() + 1);
    }

    private void error(Mark mark, String message) {
        diagnostics.add(Diagnostic.error(location(mark), message));
    }

    private void warning(Mark mark, String message) {
        diagnostics.add(Diagnostic.warning(location(mark), message));
    }
}
