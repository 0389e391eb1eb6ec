package org.dossier.ingest;

import static org.dossier.ingest.SeedFixtures.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.dossier.model.Article;
import org.dossier.model.Block;
import org.dossier.model.BlockKind;
import org.dossier.model.PartialDate;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlSeedReaderTest {
    private static final String FIXTURE = "poetin-waarschuwt-nieuwsblad.html";

    @TempDir
    Path dir;

    private Article fixture() {
        return SeedFixtures.fixture(dir, FIXTURE);
    }

    @Test
    void readsTitleDateAuthorOutletUrlAndLanguageFromThePageHead() {
        Article article = fixture();
        assertEquals("Poetin waarschuwt voor breuk met het Westen", article.title());
        assertEquals(Optional.of(new PartialDate(2022, 1, 2)), article.date());
        assertEquals(Optional.of("Het Nieuwsblad"), article.outlet());
        assertEquals(Optional.of("Els De Smet"), article.author());
        assertEquals(Optional.of("https://www.nieuwsblad.example/poetin-waarschuwt-voor-breuk"), article.originalUrl());
        assertEquals("nl", article.language());
    }

    @Test
    void takesTheBodyFromTheArticleAloneNotFromTheRestOfThePage() {
        String text = SeedFixtures.allText(fixture());
        for (String chrome : List.of("Binnenland", "Advertentie", "Deel op", "Mail dit artikel", "Lees ook",
                "Oekraïne vreest invasie", "Reacties", "Lezer123", "Meer van Het Nieuwsblad", "Brouwerij",
                "Meest gelezen", "Storm raast", "Net binnen", "treinverkeer", "rechten voorbehouden", "analytics", "datePublished", "18.45 uur")) {
            assertFalse(text.contains(chrome), "'" + chrome + "' is not article text but stands in:\n" + text);
        }
        assertTrue(text.startsWith("Russisch president Vladimir Poetin heeft"), text);
        assertTrue(text.endsWith("de OVSE een dag later in Wenen."), text);
    }

    @Test
    void keepsTheArticlesInlineMarkup() {
        Block first = fixture().blocks().get(0);
        assertEquals(BlockKind.PARAGRAPH, first.kind());
        assertEquals("volledige breuk", Jsoup.parseBodyFragment(first.html()).selectFirst("strong").text());
    }

    @Test
    void aFigureBecomesACaptionWithoutItsImage() {
        Block caption = only(fixture(), BlockKind.CAPTION);
        assertEquals("Vladimir Poetin tijdens het videogesprek met Joe Biden. Foto AFP", caption.text());
        assertTrue(Jsoup.parseBodyFragment(caption.html()).select("img").isEmpty());
    }

    @Test
    void aTweetBecomesAnEmbed() {
        Block embed = only(fixture(), BlockKind.EMBED);
        assertTrue(embed.text().startsWith("Spoke with my Russian counterpart"), embed.text());
        assertTrue(embed.text().contains("(@StateDeptSpox)"), embed.text());
    }

    @Test
    void aSubheadingOpensASection() {
        Article article = fixture();
        assertEquals(2, article.sections().size());
        assertEquals("Gesprekken in Genève", article.sections().get(1).heading().orElseThrow().text());
    }

    @Test
    void readsTheDateFromTimeWhenThePageHasNoDateMetaTags() {
        Article article = SeedFixtures.text(dir, "zonder-meta.htm", """
                <html><head><title>Onderhandelingen in Genève | De Tijd</title></head><body>
                <article><time datetime="2022-01-09T09:00:00Z">9 januari</time>
                <p>De Amerikaanse en Russische delegaties zijn in Genève aangekomen voor de eerste gesprekken.</p>
                </article></body></html>
                """);
        assertEquals(Optional.of(new PartialDate(2022, 1, 9)), article.date());
        assertEquals("Onderhandelingen in Genève | De Tijd", article.title());
    }

    @Test
    void readsTheDateFromJsonLdWhenNothingElseGivesIt() {
        Article article = SeedFixtures.text(dir, "json-ld.html", """
                <html><head><script type="application/ld+json">{"datePublished": "2022-01-10"}</script></head><body>
                <div><p>De Amerikaanse en Russische delegaties hebben in Genève urenlang met elkaar gesproken.</p>
                <p>Een doorbraak bleef uit, maar beide partijen willen verder praten in de komende weken.</p></div>
                </body></html>
                """);
        assertEquals(Optional.of(new PartialDate(2022, 1, 10)), article.date());
        assertEquals(2, article.blocks().size());
    }
}
