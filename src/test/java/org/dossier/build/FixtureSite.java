package org.dossier.build;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * The shared fixture of the build tests: the real seed articles plus small fixtures of all three formats
 * ({@code src/test/resources/fixtures/seeds}), built with the real {@code templates/} into a temporary
 * folder, and helpers to read the result as a reader or a tool would (parsed pages, parsed JSON).
 */
public final class FixtureSite {
    /** Paths relative to the repository root, where Maven runs the tests. */
    public static final Path SEEDS = Path.of("seeds");
    public static final Path TEMPLATES = Path.of("templates");
    public static final Path FIXTURE_SEEDS = Path.of("src", "test", "resources", "fixtures", "seeds");

    public static final String FIRST_SEED = "000_612085df6fbf3f80";
    public static final String SECOND_SEED = "003_70f3edb694600a6b";
    public static final String MARKDOWN_FIXTURE = "biden-zelenski-de-morgen";
    public static final String HTML_FIXTURE = "poetin-waarschuwt-nieuwsblad";
    public static final String TEXT_FIXTURE = "reuters-geneva-talks";

    private FixtureSite() {}

    /** Copies the real seeds and the fixtures into {@code dir/seeds} and returns that folder. */
    public static Path seeds(Path dir) {
        Path seeds = dir.resolve("seeds");
        copyTree(SEEDS, seeds);
        copyTree(FIXTURE_SEEDS, seeds);
        return seeds;
    }

    /** Builds {@code seeds} with the real templates into {@code out}, failing the test if the build fails. */
    public static BuildReport build(Path seeds, Path out) {
        BuildReport report = new DossierBuild(new BuildConfig(seeds, TEMPLATES, out), BuildListener.SILENT).run();
        assertTrue(report.succeeded(), () -> "the fixture build failed: " + report.diagnostics());
        return report;
    }

    /** Copies every file under {@code from} into {@code to}, keeping relative paths. */
    public static void copyTree(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file of a folder by its path relative to the folder, with '/' separators, in order. */
    public static List<String> files(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .map(f -> dir.relativize(f).toString().replace(f.getFileSystem().getSeparator(), "/"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every HTML page of a site, parsed, by its path relative to the site root. */
    public static SortedMap<String, Document> pages(Path site) {
        SortedMap<String, Document> pages = new TreeMap<>();
        for (String path : files(site)) {
            if (path.endsWith(".html")) pages.put(path, parse(site.resolve(path)));
        }
        return pages;
    }

    public static Document parse(Path page) {
        try {
            return Jsoup.parse(Files.readString(page, StandardCharsets.UTF_8), "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code data/dossier.json} of a built site, parsed. */
    public static JsonNode dossierJson(Path site) {
        try {
            return new ObjectMapper().readTree(site.resolve("data/dossier.json").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The article of {@code dossier.json} with the given id. */
    public static JsonNode article(JsonNode dossier, String id) {
        for (JsonNode article : dossier.get("articles")) {
            if (article.get("id").asText().equals(id)) return article;
        }
        throw new AssertionError("no article " + id + " in dossier.json");
    }

    /** What a file is now: the hash of its bytes and its modification time. */
    public record FileState(String sha256, FileTime modified) {}

    /** Every file under {@code dir} with its state, to show later that nothing changed. */
    public static SortedMap<String, FileState> snapshot(Path dir) {
        SortedMap<String, FileState> states = new TreeMap<>();
        try {
            for (String path : files(dir)) {
                Path file = dir.resolve(path);
                states.put(path, new FileState(sha256(Files.readAllBytes(file)), Files.getLastModifiedTime(file)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return states;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Collapses runs of white space, as a reader sees text. */
    public static String normalised(String text) {
        return text.replaceAll("[\\s\\u00A0]+", " ").strip();
    }

    /**
     * A copy of {@code page} without the site's own search: the box in every header and, on
     * {@code search.html}, its form, results and script file. Each is checked to be exactly that (a form to
     * {@code search.html} with one field {@code q}; the one script {@code assets/search.js}) before it is
     * left out, so that tests can search the rest for markup that came from a seed.
     */
    public static Document withoutOwnSearch(String path, Document sent) {
        Document page = sent.clone();
        org.jsoup.select.Elements box = page.select("header.site-header > form.search-box");
        org.junit.jupiter.api.Assertions.assertEquals(1, box.size(), path + " has one search box");
        org.junit.jupiter.api.Assertions.assertEquals(org.dossier.render.SiteLinks.root(path) + "search.html", box.attr("action"), path);
        org.junit.jupiter.api.Assertions.assertEquals(List.of("q"), box.select("input").eachAttr("name"), path);
        box.remove();
        if (path.equals("search.html")) {
            org.junit.jupiter.api.Assertions.assertEquals(List.of("assets/search.js"), page.select("script").eachAttr("src"));
            org.junit.jupiter.api.Assertions.assertEquals("search.html", page.select("#search form").attr("action"));
            page.select("#search").remove();
            page.select("script[src=assets/search.js]").remove();
        }
        return page;
    }
}
