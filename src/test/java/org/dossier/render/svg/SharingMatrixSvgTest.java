package org.dossier.render.svg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dossier.model.Article;
import org.dossier.model.Block;
import org.dossier.model.BlockKind;
import org.dossier.model.DateOrigin;
import org.dossier.model.Section;
import org.dossier.model.SharingSummary;
import org.dossier.model.SharingSummary.ArticleSharing;
import org.dossier.model.SharingSummary.PairSharing;
import org.dossier.model.SourceLocation;
import org.dossier.render.i18n.Messages;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

class SharingMatrixSvgTest {
    /** The drawing in the English of the templates' message file, whose words these tests read. */
    private static final Messages ENGLISH = english();
    private static final Article FIRST = article("000", "Biden belooft Zelenski steun");
    private static final Article SECOND = article("003", "Zelenski en Biden bellen");
    /** The seeds' figures: 000 shares 160 of its 229 words with 003, which shares 163 of its 402. */
    private static final SharingSummary SEEDS = new SharingSummary(
            List.of(new ArticleSharing("000", 229, 160), new ArticleSharing("003", 402, 163)),
            List.of(new PairSharing("000", "003", 7, 229, 160, 402, 163)),
            List.of());

    @Test
    void drawsOneCellPerPairOfArticlesWithTheShareOfTheRowArticle() {
        Document svg = parse(SharingMatrixSvg.draw(List.of(FIRST, SECOND), SEEDS, ENGLISH));
        Elements cells = svg.select("g.cell");
        assertEquals(4, cells.size());
        Element firstWithSecond = cell(svg, "000", "003");
        assertEquals("0.699", firstWithSecond.attr("data-share"));
        assertEquals("7", firstWithSecond.attr("data-passages"));
        assertEquals("70%", firstWithSecond.selectFirst("text").text());
        assertEquals("Biden belooft Zelenski steun: 70% of its words (160 of 229) shared with Zelenski en Biden bellen, in 7 passages",
                firstWithSecond.selectFirst("title").text());
        Element secondWithFirst = cell(svg, "003", "000");
        assertEquals("0.405", secondWithFirst.attr("data-share"));
        assertEquals("41%", secondWithFirst.selectFirst("text").text());
        assertTrue(cell(svg, "000", "000").hasClass("self"));
        assertEquals(List.of("1. Biden belooft Zelenski steun", "2. Zelenski en Biden bellen"),
                svg.select("g.row-label > text").eachText());
        assertEquals(List.of("1", "2"), svg.select("g.column-labels > text").eachText());
    }

    @Test
    void isAnAccessibleImageWithATitleAndADescription() {
        Document svg = parse(SharingMatrixSvg.draw(List.of(FIRST, SECOND), SEEDS, ENGLISH));
        Element root = svg.selectFirst("svg");
        assertEquals("img", root.attr("role"));
        assertEquals("Shared text between 2 articles: 1 pair shares passages.", root.attr("aria-label"));
        assertEquals(root.attr("aria-label"), root.child(0).text());
        assertEquals("title", root.child(0).tagName());
        String description = svg.selectFirst("desc#sharing-matrix-desc").text();
        assertTrue(description.contains("1 = Biden belooft Zelenski steun; 2 = Zelenski en Biden bellen"), description);
        assertTrue(description.contains("1 and 2 share 7 passages: 70% of 1’s words, 41% of 2’s."), description);
        assertTrue(svg.select("script, foreignObject").isEmpty());
        for (Element e : svg.getAllElements()) {
            e.attributes().forEach(a -> assertFalse(a.getKey().startsWith("on"), e.tagName() + " has " + a.getKey()));
        }
    }

    @Test
    void articlesThatShareNothingGetAnEmptyCell() {
        Article third = article("004", "Een los bericht");
        Document svg = parse(SharingMatrixSvg.draw(List.of(FIRST, SECOND, third), SEEDS, ENGLISH));
        Element none = cell(svg, "004", "000");
        assertEquals("0.000", none.attr("data-share"));
        assertEquals("#ffffff", none.selectFirst("rect").attr("fill"));
        assertEquals("Een los bericht shares no text with Biden belooft Zelenski steun", none.selectFirst("title").text());
        assertTrue(none.select("text").isEmpty());
    }

    @Test
    void escapesEveryTextAndKeepsLongTitlesShortInLabelsOnly() {
        Article odd = article("r&d", "R&D <b>\"quoted\"</b> and a title far too long to fit in the label column");
        SharingSummary summary = new SharingSummary(List.of(), List.of(new PairSharing("000", "r&d", 1, 10, 5, 20, 5)), List.of());
        String drawn = SharingMatrixSvg.draw(List.of(FIRST, odd), summary, ENGLISH);
        assertFalse(drawn.contains("<b>"));
        Document svg = parse(drawn);
        Element label = svg.select("g.row-label").get(1);
        assertEquals("r&d", label.attr("data-article"));
        assertEquals("2. R&D <b>\"quoted\"</b> and a title far too long to fit in the label column", label.selectFirst("title").text());
        assertEquals("2. R&D <b>\"quoted\"</b> and a title far…", label.selectFirst("text").text(), "36 characters at most");
        assertEquals("0.250", cell(svg, "r&d", "000").attr("data-share"));
    }

    @Test
    void fiftyArticlesStayLegibleAndMoreAreCutToTheFiftyThatShareMost() {
        List<Article> many = new ArrayList<>();
        List<ArticleSharing> sharing = new ArrayList<>();
        List<PairSharing> pairs = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            many.add(article(String.format("a%02d", i), "Article number " + i));
            sharing.add(new ArticleSharing(String.format("a%02d", i), 100, i < 10 ? 0 : 50));
            if (i > 0) pairs.add(new PairSharing(String.format("a%02d", i - 1), String.format("a%02d", i), 1, 100, 40, 100, 40));
        }
        SharingSummary summary = new SharingSummary(sharing, pairs, List.of());

        Document fifty = parse(SharingMatrixSvg.draw(many.subList(10, 60), summary, ENGLISH));
        assertEquals(2500, fifty.select("g.cell").size());
        Element rect = fifty.selectFirst("g.cell rect");
        assertTrue(Integer.parseInt(rect.attr("width")) >= 14, "cells of at least 14 px");
        assertTrue(Integer.parseInt(fifty.selectFirst("g.row-labels").attr("font-size")) >= 9, "labels of at least 9 px");
        assertTrue(fifty.select("text.note").isEmpty());

        Document sixty = parse(SharingMatrixSvg.draw(many, summary, ENGLISH));
        assertEquals(2500, sixty.select("g.cell").size());
        assertEquals("a10", sixty.selectFirst("g.row-label").attr("data-article"), "the ten that share nothing are left out");
        assertEquals("Showing the 50 of 60 articles that share the most text.", sixty.selectFirst("text.note").text());
        assertTrue(sixty.selectFirst("svg").attr("aria-label").startsWith("Shared text between 50 articles"));
    }

    @Test
    void deeperSharesGetDeeperShadesAndTextThatStaysReadable() {
        double previous = 1.1;
        for (double share = 0.01; share <= 1.0; share += 0.01) {
            String fill = ShareColours.fill(share);
            double luminance = ShareColours.luminance(rgb(fill));
            assertTrue(luminance < previous, "darker at " + share);
            previous = luminance;
            double text = ShareColours.text(share).equals("#ffffff") ? 1.0 : 0.0;
            double contrast = (Math.max(luminance, text) + 0.05) / (Math.min(luminance, text) + 0.05);
            assertTrue(contrast >= 4.5, "contrast " + contrast + " at " + share);
        }
    }

    @Test
    void drawsTheSameBytesForTheSameInput() {
        assertEquals(SharingMatrixSvg.draw(List.of(FIRST, SECOND), SEEDS, ENGLISH), SharingMatrixSvg.draw(List.of(FIRST, SECOND), SEEDS, ENGLISH));
    }

    private static int[] rgb(String hex) {
        return new int[] {Integer.parseInt(hex.substring(1, 3), 16), Integer.parseInt(hex.substring(3, 5), 16), Integer.parseInt(hex.substring(5, 7), 16)};
    }

    private static Document parse(String svg) {
        return Jsoup.parse(svg, "", Parser.xmlParser());
    }

    private static Element cell(Document svg, String row, String column) {
        return svg.select("g.cell").stream()
                .filter(e -> e.attr("data-row").equals(row) && e.attr("data-column").equals(column))
                .findFirst().orElseThrow();
    }

    private static Article article(String id, String title) {
        Block block = new Block("b0", BlockKind.PARAGRAPH, title + ".", title + ".", SourceLocation.of(id + ".txt"));
        return new Article(id, id + ".txt", title, Optional.empty(), DateOrigin.UNKNOWN, "nl",
                Optional.empty(), Optional.empty(), Optional.empty(), List.of(new Section("intro", List.of(block))));
    }

    private static Messages english() {
        try {
            return Messages.load(java.nio.file.Path.of("templates"), "en");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
