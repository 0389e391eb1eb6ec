package org.dossier.ingest;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
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
import java.util.regex.Pattern;
import org.dossier.model.Diagnostic;
import org.dossier.model.DossierSettings;
import org.dossier.model.SourceLocation;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads the dossier's settings, {@code seeds/dossier.yml}:
 * <pre>
 * title: De brug van Arnhem
 * description: Wat de kranten schreven over de renovatie.
 * language: nl                      # nl or en: the words the site itself writes
 * baseUrl: https://example.org/brug/
 * </pre>
 * The file is optional, and so is every key. A bad value is an error with file and line; the build then
 * stops before the output folder is touched.
 */
public final class SettingsReader {
    /** The languages the templates' message files are written in. */
    public static final Set<String> LANGUAGES = Set.of("nl", "en");
    private static final Pattern MARKUP = Pattern.compile("<[A-Za-z/!]|&[A-Za-z#][A-Za-z0-9]*;");

    /** The settings and what was wrong with the file. */
    public record Result(DossierSettings settings, List<Diagnostic> diagnostics) {
        public Result {
            diagnostics = List.copyOf(diagnostics);
        }

        public boolean hasErrors() {
            return diagnostics.stream().anyMatch(Diagnostic::isError);
        }
    }

    private final String file;
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    private SettingsReader(String file) {
        this.file = file;
    }

    /** Reads the file at {@code path}; {@code shownAs} is how messages name it. A missing file is no settings. */
    public static Result read(Path path, String shownAs) {
        ConfigFile file = ConfigFile.read(path, shownAs);
        return file.text().map(text -> parse(text, shownAs))
                .orElseGet(() -> new Result(DossierSettings.none(), file.problem().stream().toList()));
    }

    public static Result parse(String yaml, String shownAs) {
        return new SettingsReader(shownAs).parse(yaml);
    }

    /**
     * Checks a base URL given on the command line or in the file: an absolute http(s) URL with a host.
     * Returns it ending in '/', so page paths can be appended; empty with a reason otherwise.
     */
    public static Optional<String> baseUrl(String value, List<String> problems) {
        String url = value.strip();
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!uri.isAbsolute() || !(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null
                    || uri.getRawQuery() != null || uri.getRawFragment() != null) {
                problems.add("base URL '" + url + "' is not an absolute http(s) address; write it as https://example.org/dossier/");
                return Optional.empty();
            }
        } catch (URISyntaxException e) {
            problems.add("base URL '" + url + "' is not a valid address (" + e.getReason() + "); write it as https://example.org/dossier/");
            return Optional.empty();
        }
        return Optional.of(url.endsWith("/") ? url : url + "/");
    }

    private Result parse(String yaml) {
        Node root;
        try {
            root = YamlLimits.compose(yaml);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            error(mark, "not valid YAML (" + e.getProblem() + "); write one 'key: value' per line and quote values that contain ':'");
            return new Result(DossierSettings.none(), diagnostics);
        } catch (org.yaml.snakeyaml.error.YAMLException e) {
            diagnostics.add(Diagnostic.error(SourceLocation.of(file), "cannot be read (" + e.getMessage() + "); the file may hold "
                    + YamlLimits.DESCRIPTION + " and needs only four keys: title, description, language, baseUrl"));
            return new Result(DossierSettings.none(), diagnostics);
        }
        if (root == null) return new Result(DossierSettings.none(), diagnostics);
        if (!(root instanceof MappingNode mapping)) {
            error(root.getStartMark(), "the file must be a mapping of 'key: value' lines (title, description, language, baseUrl)");
            return new Result(DossierSettings.none(), diagnostics);
        }
        Map<String, String> values = new HashMap<>();
        Map<String, Node> nodes = new HashMap<>();
        for (NodeTuple t : mapping.getValue()) {
            String key = t.getKeyNode() instanceof ScalarNode s ? s.getValue() : "";
            if (!Set.of("title", "description", "language", "baseUrl").contains(key)) {
                warning(t.getKeyNode().getStartMark(), "unknown key '" + key + "' is ignored; the file knows title, description, language and baseUrl");
                continue;
            }
            if (!(t.getValueNode() instanceof ScalarNode value)) {
                error(t.getValueNode().getStartMark(), "'" + key + "' must be one line of text; write it as '" + key + ": ...'");
                continue;
            }
            if (value.getValue().isBlank()) continue;
            values.put(key, value.getValue().strip());
            nodes.put(key, value);
        }
        for (String key : List.of("title", "description")) {
            if (values.containsKey(key) && MARKUP.matcher(values.get(key)).find()) {
                warning(nodes.get(key).getStartMark(), "'" + key + "' contains markup; pages show it as text, as written");
            }
        }
        Optional<String> language = Optional.ofNullable(values.get("language")).map(l -> l.toLowerCase(Locale.ROOT));
        if (language.isPresent() && !LANGUAGES.contains(language.get())) {
            error(nodes.get("language").getStartMark(), "unknown language '" + values.get("language")
                    + "'; the site's own words exist in 'nl' and 'en' (add templates/messages/LANG.properties for another)");
            language = Optional.empty();
        }
        Optional<String> baseUrl = Optional.empty();
        if (values.containsKey("baseUrl")) {
            List<String> problems = new ArrayList<>();
            baseUrl = baseUrl(values.get("baseUrl"), problems);
            problems.forEach(p -> error(nodes.get("baseUrl").getStartMark(), p));
        }
        return new Result(new DossierSettings(Optional.ofNullable(values.get("title")), Optional.ofNullable(values.get("description")),
                language, baseUrl), diagnostics);
    }

    private void error(Mark mark, String message) {
        diagnostics.add(Diagnostic.error(location(mark), message));
    }

    private void warning(Mark mark, String message) {
        diagnostics.add(Diagnostic.warning(location(mark), message));
    }

    private SourceLocation location(Mark mark) {
        return mark == null ? SourceLocation.of(file, 1) : SourceLocation.of(file, mark.getLine() + 1);
    }
}
