package org.dossier.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A Hugo site of the same articles that Dossier builds, for {@link HugoComparison}: one Markdown page
 * per article under {@code content/articles/}, and the plainest templates that show them (a page per
 * article, a list for the home page and the section), no theme. Taxonomies, feeds and the sitemap are
 * switched off: Dossier writes none of them without a base URL either.
 */
final class HugoSite {
    /** One article: its file name without extension, title, date if known, and body in Markdown. */
    record Page(String name, String title, Optional<LocalDate> date, String markdown) {}

    private static final String CONFIG = """
            baseURL = "http://localhost/"
            title = "Dossier benchmark"
            disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
            """;
    private static final String SINGLE = """
            <!DOCTYPE html>
            <html lang="en">
            <head><meta charset="utf-8"><title>{{ .Title }}</title></head>
            <body>
            <article>
            <h1>{{ .Title }}</h1>
            {{ with .Date }}<p><time datetime="{{ .Format "2006-01-02" }}">{{ .Format "2 January 2006" }}</time></p>{{ end }}
            {{ .Content }}
            </article>
            <p><a href="{{ "/" | relURL }}">All articles</a></p>
            </body>
            </html>
            """;
    private static final String LIST = """
            <!DOCTYPE html>
            <html lang="en">
            <head><meta charset="utf-8"><title>{{ .Title }}</title></head>
            <body>
            <h1>{{ .Title }}</h1>
            <ul>
            {{ range .RegularPagesRecursive }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Date.Format "2006-01-02" }}</li>
            {{ end }}</ul>
            </body>
            </html>
            """;

    private HugoSite() {}

    /** The stories as pages; their bodies as {@link ReutersCorpus#writeSeeds} cuts them into paragraphs. */
    static List<Page> pagesOfStories(List<ReutersCorpus.Story> stories) {
        List<Page> pages = new ArrayList<>();
        for (ReutersCorpus.Story story : stories) {
            String title = story.title().isBlank() ? "Reuters " + story.newId() : story.title();
            pages.add(new Page(String.format("reuters-%05d", story.newId()), title, Optional.of(story.date()),
                    paragraphs(story.body().replaceAll("\n {3,}", "\n\n"))));
        }
        return pages;
    }

    /** The text seeds of a folder as pages, titled by file name (their dates are partial, so left out). */
    static List<Page> pagesOfSeeds(Path seeds) throws IOException {
        List<Page> pages = new ArrayList<>();
        try (Stream<Path> files = Files.list(seeds)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                String name = file.getFileName().toString().replaceFirst("\\.txt$", "");
                pages.add(new Page(name, name, Optional.empty(), paragraphs(Files.readString(file, StandardCharsets.UTF_8))));
            }
        }
        return pages;
    }

    /** Writes the site's configuration, templates and pages into {@code dir}. */
    static void write(List<Page> pages, Path dir) throws IOException {
        Files.createDirectories(dir.resolve("layouts/_default"));
        Files.createDirectories(dir.resolve("content/articles"));
        Files.writeString(dir.resolve("config.toml"), CONFIG, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("layouts/_default/single.html"), SINGLE, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("layouts/_default/list.html"), LIST, StandardCharsets.UTF_8);
        for (Page page : pages) {
            StringBuilder md = new StringBuilder("---\ntitle: ").append(yamlString(page.title())).append('\n');
            page.date().ifPresent(d -> md.append("date: ").append(d).append('\n'));
            md.append("---\n\n").append(page.markdown()).append('\n');
            Files.writeString(dir.resolve("content/articles/" + page.name() + ".md"), md, StandardCharsets.UTF_8);
        }
    }

    /** Plain text to Markdown paragraphs: indentation dropped, so that no line becomes a code block. */
    private static String paragraphs(String text) {
        return text.replace("\r\n", "\n").replaceAll("(?m)^[ \\t]+", "").strip();
    }

    private static String yamlString(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
