package org.dossier.render.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.dossier.model.Article;
import org.dossier.model.Block;
import org.dossier.model.BlockKind;
import org.dossier.model.DateOrigin;
import org.dossier.model.Event;
import org.dossier.model.PartialDate;
import org.dossier.model.Section;
import org.dossier.model.SourceLocation;
import org.dossier.model.Span;
import org.dossier.model.TimelineEntry;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The drawing reads at any span: labels never overlap, and history the text mentions never squeezes the story. */
class TimelineSpanTest {
    private static final String TEXT = "De brug, gebouwd in 1943 en in 1945 opgeblazen, gaat in 2024 dicht.";
    private static final Article ARTICLE = new Article("brug-1", "brug-1.txt", "De brug gaat dicht",
            Optional.of(PartialDate.of(LocalDate.of(2024, 3, 20))), DateOrigin.STATED, "nl", Optional.empty(),
            Optional.empty(), Optional.empty(), List.of(new Section("s0", List.of(
                    new Block("p0", BlockKind.PARAGRAPH, TEXT, TEXT, new SourceLocation("brug-1.txt", 1, 1))))));

    static TimelineEntry entry(String id, PartialDate date) {
        Block block = ARTICLE.block("p0").orElseThrow();
        Event event = new Event("ev-" + id, date, Optional.empty(), "in", Span.of(ARTICLE.id(), block, 0, TEXT.length()),
                List.of(), false);
        return new TimelineEntry(id, date, Optional.empty(), false, List.of(event), List.of());
    }

    /** A 2024 story over seven weeks, which mentions that the bridge was built in 1943 and blown up in May 1945. */
    static List<TimelineEntry> bridgeStory() {
        List<TimelineEntry> entries = new ArrayList<>();
        entries.add(entry("built", PartialDate.ofYear(1943)));
        entries.add(entry("blown-up", PartialDate.ofMonth(1945, 5)));
        int[][] days = {{2, 1}, {2, 6}, {2, 14}, {2, 20}, {2, 28}, {3, 4}, {3, 11}, {3, 19}, {3, 20}};
        for (int[] d : days) entries.add(entry("d" + d[0] + "-" + d[1], PartialDate.of(LocalDate.of(2024, d[0], d[1]))));
        return entries;
    }

    private static Document svg(List<TimelineEntry> entries) {
        return Jsoup.parse(TimelineSvg.render(entries, TimelineSvg.Options.dutch("Tijdlijn")), "", Parser.xmlParser());
    }

    /** Each label's box as the drawing estimates it (see TimeAxis.CHAR_WIDTH), left to right. */
    private static void assertLabelsApartAndInside(Document svg) {
        List<Element> labels = svg.select("g.axis text");
        assertFalse(labels.isEmpty());
        double width = Double.parseDouble(svg.selectFirst("svg").attr("width"));
        double previousRight = Double.NEGATIVE_INFINITY;
        for (Element label : labels) {
            double left = Double.parseDouble(label.attr("x"));
            double right = left + label.text().length() * TimeAxis.CHAR_WIDTH;
            assertTrue(left >= previousRight, "label '" + label.text() + "' at " + left + " overlaps the one before, ending at "
                    + previousRight + ": " + labels.stream().map(Element::text).toList());
            assertTrue(left >= 0 && right <= width, label.text() + " leaves the drawing");
            previousRight = right;
        }
    }

    private static double x(Element mark) {
        return Double.parseDouble(mark.hasAttr("cx") ? mark.attr("cx") : mark.attr("x"));
    }

    @Test
    void drawsTheStoryWideAndTheHistoryItMentionsApart() {
        Document svg = svg(bridgeStory());
        assertLabelsApartAndInside(svg);
        List<String> labels = svg.select("g.axis text").eachText();
        assertTrue(labels.containsAll(List.of("1943", "1945")), labels::toString);
        assertTrue(labels.stream().anyMatch(l -> l.contains("2024")), labels::toString);
        assertTrue(labels.size() < 20, "no label per year from 1943 to 2024: " + labels);
        assertEquals(1, svg.select("g.axis g.break").size(), "1943 and 1945 share a period; the break is before 2024");

        List<Element> marks = svg.select("g.entry > circle, g.entry > rect");
        assertEquals(11, marks.size());
        List<Double> story = marks.subList(2, 11).stream().map(TimelineSpanTest::x).toList();
        Set<Long> columns = story.stream().map(Math::round).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(9, columns.size(), "every 2024 day its own column: " + story);
        double storyWidth = story.get(story.size() - 1) - story.get(0);
        assertTrue(storyWidth > 400, "the seven weeks of the story take most of the 800 px: " + storyWidth);
        assertTrue(x(marks.get(0)) < x(marks.get(1)) && x(marks.get(1)) < story.get(0), "history stays in time order");
        assertTrue(story.get(0) - x(marks.get(1)) < 200, "and is drawn compressed, not 79 years wide");
    }

    @Test
    void aStoryWithoutHistoryHasNoBreak() {
        Document svg = svg(bridgeStory().subList(2, 11));
        assertTrue(svg.select("g.break").isEmpty());
        assertLabelsApartAndInside(svg);
    }

    /** From a few days to centuries: the tick unit changes with the span, the labels never overlap. */
    @ParameterizedTest
    @ValueSource(ints = {3, 20, 60, 200, 400, 1000, 3000, 11000, 40000, 150000})
    void labelsNeverOverlapAtAnySpan(int days) {
        LocalDate start = LocalDate.of(1890, 1, 27);
        List<TimelineEntry> entries = new ArrayList<>();
        for (int i = 0; i <= 12; i++) entries.add(entry("e" + i, PartialDate.of(start.plusDays((long) days * i / 12))));
        Document svg = svg(entries);
        assertLabelsApartAndInside(svg);
        assertTrue(svg.select("g.axis text").size() >= 2, "at least the start and one more tick are labelled: "
                + svg.select("g.axis text").eachText());
        assertTrue(svg.select("g.break").isEmpty(), "evenly spread entries are one period");
    }

    @Test
    void everyWordComesFromTheWordsGiven() {
        TimelineWords shouting = new TimelineWords() {
            @Override public String month(int month) { return "M" + month; }
            @Override public String year(int year) { return "Y" + year; }
            @Override public String date(PartialDate date, Optional<PartialDate> end) { return "D" + date; }
            @Override public String summary(int entries, String from, String to) { return "S" + entries + from + to; }
            @Override public String empty() { return "E"; }
        };
        var options = new TimelineSvg.Options("T", "#", java.util.Locale.ENGLISH, shouting);
        Document svg = Jsoup.parse(TimelineSvg.render(bridgeStory(), options), "", Parser.xmlParser());
        assertTrue(svg.select("g.axis text").eachText().stream().allMatch(t -> t.matches("(\\d+ )?[MY]\\d+( Y\\d+)?|\\d+")),
                svg.select("g.axis text").eachText()::toString);
        assertTrue(svg.selectFirst("desc").text().startsWith("S11D1943"), svg.selectFirst("desc").text());
        assertTrue(svg.selectFirst("g.entry title").text().startsWith("D1943: "));
        assertEquals("E", Jsoup.parse(TimelineSvg.render(List.of(), options), "", Parser.xmlParser()).selectFirst("desc").text());
    }
}
