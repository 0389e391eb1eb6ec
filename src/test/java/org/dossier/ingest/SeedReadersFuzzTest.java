package org.dossier.ingest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.dossier.model.Article;
import org.dossier.model.Block;
import org.dossier.model.LinkRule;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/**
 * Fuzz targets for the three seed readers and the front matter reader: any text gives an article or
 * diagnostics, never an exception, and no block's HTML holds an element or attribute that could run script.
 * {@code mvn test} replays the inputs in {@code src/test/resources/org/dossier/ingest/SeedReadersFuzzTestInputs};
 * {@code JAZZER_FUZZ=1} fuzzes (README, "Security").
 */
class SeedReadersFuzzTest {
    private static final TextSeedReader TEXT = new TextSeedReader();
    private static final MarkdownSeedReader MARKDOWN = new MarkdownSeedReader();
    private static final HtmlSeedReader HTML = new HtmlSeedReader();

    @FuzzTest(maxDuration = "60s")
    void textSeed(byte[] data) {
        read(TEXT, "fuzz.txt", data);
    }

    @FuzzTest(maxDuration = "60s")
    void markdownSeed(byte[] data) {
        read(MARKDOWN, "fuzz.md", data);
    }

    @FuzzTest(maxDuration = "60s")
    void htmlSeed(byte[] data) {
        read(HTML, "fuzz.html", data);
    }

    @FuzzTest(maxDuration = "60s")
    void frontMatter(byte[] data) {
        FrontMatter.Split split = FrontMatter.split("fuzz.md", new String(data, StandardCharsets.UTF_8));
        split.metadata().url().ifPresent(url -> assertTrue(LinkRule.allows(url, LinkRule.WEB), url));
    }

    private static void read(SeedReader reader, String file, byte[] data) {
        SeedText.Result decoded = SeedText.decode(data);
        if (!(decoded instanceof SeedText.Decoded text)) return;
        ParsedSeed parsed = reader.read(file, text.text());
        parsed.metadata().url().ifPresent(url -> assertTrue(LinkRule.allows(url, LinkRule.WEB), url));
        if (parsed.blocks().isEmpty() || parsed.diagnostics().stream().anyMatch(d -> d.isError())) return;
        Article article = ArticleAssembler.assemble(file, file, "fuzz", parsed);
        article.blockStream().map(Block::html).forEach(SeedReadersFuzzTest::harmless);
    }

    private static void harmless(String html) {
        for (Element element : Jsoup.parseBodyFragment(html).body().getAllElements()) {
            assertFalse(element.is("script, style, iframe, object, embed, form, img, svg, math, base, link, meta"), html);
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                assertFalse(name.startsWith("on") || name.equals("style"), html);
                if (name.equals("href")) assertTrue(LinkRule.allows(attribute.getValue(), LinkRule.WEB_AND_MAIL), html);
            }
        }
    }
}
