package org.dossier.ingest;

import static org.dossier.ingest.SeedFixtures.blocks;
import static org.dossier.ingest.SeedFixtures.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.dossier.model.Article;
import org.dossier.model.Block;
import org.dossier.model.BlockKind;
import org.dossier.model.PartialDate;
import org.dossier.model.Section;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MarkdownSeedReaderTest {
    private static final String FIXTURE = "biden-zelenski-de-morgen.md";

    @TempDir
    Path dir;

    private Article fixture() {
        return SeedFixtures.fixture(dir, FIXTURE);
    }

    private static Element html(Block block) {
        return Jsoup.parseBodyFragment(block.html()).body();
    }

    @Test
    void readsEveryFrontMatterField() {
        Article article = fixture();
        assertEquals("biden-zelenski-de-morgen", article.id());
        assertEquals("Biden belooft Zelenski steun bij \"elke Russische agressie\"", article.title());
        assertEquals(Optional.of(new PartialDate(2022, 1, 3)), article.date());
        assertEquals(Optional.of("De Morgen"), article.outlet());
        assertEquals(Optional.of("Jan Janssens"), article.author());
        assertEquals("nl", article.language());
        assertEquals(FIXTURE, article.source());
    }

    @Test
    void turnsStraightQuotesIntoTypographicOnes() {
        String lead = fixture().blocks().get(0).text();
        assertTrue(lead.contains("“meer dan een uur”"), lead);
        assertTrue(lead.contains("‘een teken van steun’"), lead);
    }

    @Test
    void givesParagraphsHeadingsAndCaptionsInlineHtmlWithoutAWrapperOfTheirOwn() {
        // The page wraps each of these blocks in its own element: a <p> inside would nest paragraphs.
        for (Block block : fixture().blocks()) {
            if (block.kind() == BlockKind.PARAGRAPH || block.kind() == BlockKind.HEADING || block.kind() == BlockKind.CAPTION) {
                assertTrue(html(block).select("p, div, ul, ol, table, blockquote, h1, h2, h3").isEmpty(),
                        block.kind() + " " + block.id() + " has block-level markup: " + block.html());
                assertEquals(block.text(), html(block).text());
            }
        }
    }

    @Test
    void aHeadingOpensASection() {
        List<Section> sections = fixture().sections();
        assertEquals(2, sections.size());
        Block heading = sections.get(1).heading().orElseThrow();
        assertEquals("Wat er op tafel ligt", heading.text());
        assertEquals(1, sections.get(0).blocks().size());
    }

    @Test
    void keepsListsTablesAndBlockQuotesAsBlocksOfTheirKind() {
        Article article = fixture();
        Block list = only(article, BlockKind.LIST);
        assertEquals(3, html(list).select("ul > li").size());
        assertEquals("de NAVO-Rusland Raad op 12 januari", list.text().split("\n")[1]);
        Block table = only(article, BlockKind.OTHER);
        assertEquals(List.of("Datum", "Overleg", "Plaats"), html(table).select("table thead th").eachText());
        assertEquals(2, html(table).select("table tbody tr").size());
        Block quote = only(article, BlockKind.QUOTE);
        assertTrue(quote.text().startsWith("“Niets over Oekraïne zonder Oekraïne,”"), quote.text());
    }

    @Test
    void keepsStrikethroughAndLinksBareUrls() {
        Block paragraph = fixture().blockStream().filter(b -> b.text().startsWith("Eerder sprak Kiev")).findFirst().orElseThrow();
        assertEquals("een doorbraak", html(paragraph).selectFirst("del").text());
        Element link = html(paragraph).selectFirst("a");
        assertNotNull(link, "the bare URL is a link");
        assertEquals("https://www.whitehouse.gov/briefing-room/", link.attr("href"));
        assertTrue(link.attr("rel").contains("nofollow"));
    }

    @Test
    void keepsLinksWrittenAsMarkdownOrInAngleBrackets() {
        Article article = SeedFixtures.text(dir, "links.md",
                "Lees [de verklaring van het Witte Huis](https://www.whitehouse.gov/) of <https://www.nato.int/> voor meer.\n");
        Element body = html(article.blocks().get(0));
        assertEquals(List.of("https://www.whitehouse.gov/", "https://www.nato.int/"), body.select("a").eachAttr("href"));
        assertEquals("de verklaring van het Witte Huis", body.selectFirst("a").text());
    }

    @Test
    void aParagraphEndingInAPhotoCreditIsACaption() {
        assertEquals("Zelenski tijdens een persconferentie in Kiev. Foto Reuters", only(fixture(), BlockKind.CAPTION).text());
    }

    @Test
    void takesTheTitleFromAFirstLevelHeadingWhenTheFrontMatterHasNone() {
        Article article = SeedFixtures.text(dir, "kort.md", """
                ---
                date: 2022-01-05
                ---
                # Rusland en de VS praten in Genève

                De delegaties ontmoeten elkaar maandag in de Zwitserse stad voor de eerste gesprekken.
                """);
        assertEquals("Rusland en de VS praten in Genève", article.title());
        assertEquals(1, blocks(article, BlockKind.PARAGRAPH).size());
        assertTrue(blocks(article, BlockKind.HEADING).isEmpty(), "the title is not repeated as a heading");
    }

    @Test
    void doesNotRepeatTheFrontMatterTitleWrittenAgainAsTheFirstHeading() {
        Article article = SeedFixtures.text(dir, "dubbel.md", """
                ---
                title: Rusland en de VS praten in Genève
                ---
                # Rusland en de VS praten in "Genève"

                De delegaties ontmoeten elkaar maandag in de Zwitserse stad.

                # Een andere kop
                """);
        assertEquals("Rusland en de VS praten in Genève", article.title());
        assertEquals(List.of("Een andere kop"), blocks(article, BlockKind.HEADING).stream().map(b -> b.text()).toList(),
                "only the heading that differs from the title stays");
    }

    @Test
    void keepsAFirstHeadingThatDiffersFromTheFrontMatterTitle() {
        Article article = SeedFixtures.text(dir, "anders.md", """
                ---
                title: Gesprekken in Genève
                ---
                # Eerste dag

                De delegaties ontmoeten elkaar maandag.
                """);
        assertEquals(1, blocks(article, BlockKind.HEADING).size());
    }

    @Test
    void anImageAloneBecomesACaptionFromItsAltTextAndTheImageIsDropped() {
        Article article = SeedFixtures.text(dir, "beeld.md", """
                De delegaties ontmoeten elkaar maandag in de Zwitserse stad voor de eerste gesprekken.

                ![Onderhandelaars bij de Amerikaanse missie in Genève](https://example.com/geneve.jpg)
                """);
        Block caption = only(article, BlockKind.CAPTION);
        assertEquals("Onderhandelaars bij de Amerikaanse missie in Genève", caption.text());
        assertTrue(html(caption).select("img").isEmpty());
    }

    @Test
    void readsFrontMatterSavedWithAByteOrderMarkAndWindowsLineEnds() {
        String text = "\uFEFF---\r\ntitle: Opgeslagen in Kladblok\r\ndate: 2022-01-07\r\n---\r\n\r\n"
                + "De tekst van het artikel, met regeleinden\r\nzoals Windows ze schrijft.\r\n";
        IngestResult result = SeedFixtures.ingest(dir, "kladblok.md", text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(List.of(), result.diagnostics());
        Article article = result.articles().get(0);
        assertEquals("Opgeslagen in Kladblok", article.title());
        assertEquals(Optional.of(new PartialDate(2022, 1, 7)), article.date());
        assertEquals("De tekst van het artikel, met regeleinden zoals Windows ze schrijft.", article.blocks().get(0).text());
    }
}
