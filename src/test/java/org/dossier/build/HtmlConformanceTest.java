package org.dossier.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dossier.ingest.Ingester;
import org.dossier.model.Article;
import org.dossier.model.Block;
import org.dossier.model.Dossier;
import org.dossier.model.Entity;
import org.dossier.model.EntityType;
import org.dossier.model.Event;
import org.dossier.model.Mention;
import org.dossier.model.PartialDate;
import org.dossier.model.Passage;
import org.dossier.model.Quote;
import org.dossier.model.Span;
import org.dossier.model.TimelineEntry;
import org.dossier.analyze.passages.PassageDiffs;
import org.dossier.analyze.passages.SharingSummaries;
import org.dossier.render.SiteRenderer;
import org.dossier.render.Templates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every page of the fixture build, and every story-wide page, passes the Nu Html Checker without errors. */
class HtmlConformanceTest {
    @TempDir
    Path dir;

    private static List<String> check(Path site) throws Exception {
        NuHtmlChecker checker = new NuHtmlChecker();
        List<String> problems = new ArrayList<>();
        for (String page : FixtureSite.files(site)) {
            if (!page.endsWith(".html")) continue;
            checker.errors(site.resolve(page).toFile()).forEach(error -> problems.add(page + ":" + error));
        }
        return problems;
    }

    @Test
    void everyPageOfTheFixtureBuildPassesTheNuHtmlChecker() throws Exception {
        Path site = dir.resolve("site");
        FixtureSite.build(FixtureSite.seeds(dir), site);
        List<String> pages = FixtureSite.files(site).stream().filter(f -> f.endsWith(".html")).toList();
        assertEquals(5, pages.stream().filter(f -> f.startsWith("articles/")).count(), "five articles");
        assertTrue(pages.containsAll(List.of("index.html", "shared.html", "timeline.html")), pages.toString());
        List<String> problems = check(site);
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void theHomePageOfAnEmptyDossierPassesTheNuHtmlChecker() throws Exception {
        Path site = dir.resolve("empty-site");
        FixtureSite.build(Files.createDirectories(dir.resolve("no-seeds")), site);
        List<String> problems = check(site);
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    /**
     * The story-wide pages (shared text, entities, timeline) and the marks in articles need analysis
     * results; until the analysis stages exist, a small hand-made analysis of the seeds stands in.
     */
    @Test
    void storyWidePagesAndMarkedArticlesPassTheNuHtmlChecker() throws Exception {
        List<Article> articles = new Ingester().ingest(FixtureSite.SEEDS, n -> {}).articles();
        Article a = articles.get(0);
        Article b = articles.get(1);
        String shared = "Rusland heeft tienduizenden troepen gestationeerd aan de grens met Oekraïne";
        Passage passage = new Passage("p1", Passage.Kind.NEAR, 0.93, List.of(find(a, shared), find(b, shared)));
        List<Mention> mentions = new ArrayList<>();
        for (Article article : articles) {
            for (Block block : article.blocks()) {
                int at = block.text().indexOf("Poetin");
                if (at >= 0) mentions.add(new Mention("vladimir-poetin", Span.of(article.id(), block, at, at + 6)));
            }
        }
        Entity poetin = new Entity("vladimir-poetin", "Vladimir Poetin", EntityType.PERSON, List.of("Poetin"),
                Optional.of("President of Russia"), Optional.of("https://www.wikidata.org/wiki/Q7747"), mentions);
        Quote quote = new Quote(Optional.of("vladimir-poetin"), find(a, "een kolossale fout"));
        Event event = new Event("e1", new PartialDate(2022, 1, 12), Optional.empty(), "op 12 januari",
                find(a, "Later volgen de NAVO-Rusland Raad op 12 januari"), List.of("vladimir-poetin"), true);
        TimelineEntry entry = new TimelineEntry("t1", event.date(), Optional.empty(), true, List.of(event), event.entities());
        Dossier dossier = new Dossier(articles, List.of(passage), SharingSummaries.of(articles, List.of(passage)),
                PassageDiffs.of(List.of(passage)), List.of(poetin), List.of(quote), List.of(event), List.of(entry));
        Path site = dir.resolve("story");
        new SiteRenderer(new Templates(FixtureSite.TEMPLATES)).render(dossier, (path, bytes) -> {
            try {
                Path file = site.resolve(path);
                Files.createDirectories(file.getParent());
                Files.write(file, bytes);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, n -> {});
        assertTrue(FixtureSite.files(site).containsAll(List.of("shared.html", "entities.html", "timeline.html",
                "entities/vladimir-poetin.html")));
        List<String> problems = check(site);
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    private static Span find(Article article, String text) {
        for (Block block : article.blocks()) {
            int at = block.text().indexOf(text);
            if (at >= 0) return Span.of(article.id(), block, at, at + text.length());
        }
        throw new AssertionError(text + " not in " + article.id());
    }

    @Test
    void theCheckerFindsSchemaAndAssertionErrorsNotOnlyParseErrors() throws Exception {
        Path page = dir.resolve("bad.html");
        Files.writeString(page, """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>x</title></head><body>
                <figure><figcaption>a</figcaption><p>b</p><figcaption>c</figcaption></figure>
                <p id="same">one</p><p id="same">two</p>
                <time datetime="not a date">then</time>
                </body></html>
                """);
        List<String> errors = new NuHtmlChecker().errors(page.toFile());
        assertTrue(errors.stream().anyMatch(e -> e.contains("figcaption")), errors::toString);
        assertTrue(errors.stream().anyMatch(e -> e.contains("Duplicate ID")), errors::toString);
        assertTrue(errors.stream().anyMatch(e -> e.contains("datetime")), errors::toString);
    }
}
