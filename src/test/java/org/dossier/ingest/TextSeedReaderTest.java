package org.dossier.ingest;

import static org.dossier.ingest.SeedFixtures.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.dossier.model.Article;
import org.dossier.model.Block;
import org.dossier.model.BlockKind;
import org.dossier.model.PartialDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextSeedReaderTest {
    private static final String FIXTURE = "reuters-geneva-talks.txt";

    @TempDir
    Path dir;

    private Article fixture() {
        return SeedFixtures.fixture(dir, FIXTURE);
    }

    @Test
    void readsTheHeaderLinesAsMetadataAndNotAsText() {
        Article article = fixture();
        assertEquals("Talks in Geneva to open amid Russian troop build-up", article.title());
        assertEquals(Optional.of(new PartialDate(2022, 1, 3)), article.date());
        assertEquals(Optional.of("Reuters"), article.outlet());
        assertEquals(Optional.of("Reuters staff"), article.author());
        assertTrue(article.blocks().get(0).text().startsWith("Russian and American negotiators"));
    }

    @Test
    void detectsTheLanguageWhenTheHeaderGivesNone() {
        assertEquals("en", fixture().language());
    }

    @Test
    void joinsHardWrappedLinesIntoOneParagraph() {
        Block first = fixture().blocks().get(0);
        assertEquals(BlockKind.PARAGRAPH, first.kind());
        assertEquals("Russian and American negotiators will meet in Geneva on January 9 and 10, officials said on "
                + "Monday, as tens of thousands of Russian troops remain near the border with Ukraine.", first.text());
    }

    @Test
    void aBlockEndingInAPhotoCreditIsACaption() {
        assertEquals("Negotiators arrive at the US mission in Geneva. Foto Reuters", only(fixture(), BlockKind.CAPTION).text());
    }

    @Test
    void aShortLineBetweenBlocksIsAHeadingThatOpensASection() {
        Article article = fixture();
        assertEquals(2, article.sections().size());
        assertEquals("What comes next", article.sections().get(1).heading().orElseThrow().text());
        assertEquals(3, article.sections().get(0).blocks().size());
    }

    @Test
    void aPostSignatureMakesAnEmbed() {
        Block embed = only(fixture(), BlockKind.EMBED);
        assertTrue(embed.text().endsWith("— Antony Blinken (@SecBlinken) 3 januari 2022"), embed.text());
        assertTrue(embed.html().contains("<footer>"), "the signature is the embed's footer: " + embed.html());
    }

    @Test
    void bulletLinesMakeAList() {
        Block list = only(fixture(), BlockKind.LIST);
        assertEquals(List.of("the NATO-Russia Council in Brussels on January 12", "the OSCE in Vienna on January 13"),
                List.of(list.text().split("\n")));
    }

    @Test
    void aShortFirstLineIsTheTitleWhenTheHeaderGivesNone() {
        Article article = SeedFixtures.text(dir, "kop.txt", """
                Gesprekken in Genève beginnen

                De Amerikaanse en Russische delegaties zijn maandag in Genève aangekomen voor de gesprekken.

                Een doorbraak wordt niet verwacht, zeggen diplomaten aan beide kanten van de tafel.
                """);
        assertEquals("Gesprekken in Genève beginnen", article.title());
        assertEquals(2, article.blocks().size());
        assertEquals(Optional.empty(), article.date());
    }

    @Test
    void aTitleDerivedFromTheTextIsItsFirstSentenceNeverUntitled() {
        Article article = SeedFixtures.text(dir, "zonder-kop.txt",
                "De delegaties spraken urenlang. Een doorbraak bleef uit, zeggen diplomaten.\n");
        assertEquals("De delegaties spraken urenlang", article.title());
    }
}
