package org.dossier.render.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.dossier.render.svg.Xml;
import org.dossier.model.DatePrecision;
import org.dossier.model.TimelineEntry;

/**
 * A compact SVG of the whole period: a time axis with ticks of days, weeks, months, years or decades
 * as the span allows (labels never overlap), each entry a dot (a day) or a bar (a month, a year, a range),
 * planned entries hollow, stacked in lanes where they would overlap. The story's own period is drawn
 * wide; background periods that the text mentions (history) get a narrow scale of their own after a break
 * mark ({@link TimeSegments}, {@link TimeAxis}). Every mark has a {@code <title>} (date and headline) and
 * links to the entry's anchor on the page; the drawing as a whole is {@code role="group"} ({@code "img"}
 * without links) with a title and a description. Every word comes from {@link TimelineWords}. No script, every text XML-escaped, numbers
 * printed the same way everywhere: the same entries give the same bytes.
 */
public final class TimelineSvg {
    /**
     * @param title      what the drawing shows, for its {@code <title>}
     * @param anchorBase prefix of the link from a mark to its entry ({@code "#"} links to {@code #ENTRY-ID}
     *                   on the same page); empty for no links
     * @param locale     the language of month names and dates
     * @param words      every word the drawing writes (by default from {@code locale})
     */
    public record Options(String title, String anchorBase, Locale locale, TimelineWords words) {
        public Options {
            Objects.requireNonNull(title, "title must not be null");
            Objects.requireNonNull(anchorBase, "anchorBase must not be null");
            Objects.requireNonNull(locale, "locale must not be null");
            Objects.requireNonNull(words, "words must not be null");
        }

        public Options(String title, String anchorBase, Locale locale) {
            this(title, anchorBase, locale, TimelineWords.of(locale));
        }

        public static Options dutch(String title) {
            return new Options(title, "#", Locale.forLanguageTag("nl"));
        }
    }

    private static final int WIDTH = 800;
    private static final int MARGIN = 24;
    private static final int AXIS_Y = 28;
    private static final int LANE_HEIGHT = 16;
    private static final int DOT_RADIUS = 5;
    /** How close, in pixels, two marks may come in one lane. */
    private static final double GAP = 2 * DOT_RADIUS + 4;

    private TimelineSvg() {}

    public static String render(List<TimelineEntry> entries, Options options) {
        StringBuilder svg = new StringBuilder();
        TimelineWords words = options.words();
        if (entries.isEmpty()) {
            open(svg, 40, options, words.empty(), false);
            svg.append("</svg>\n");
            return svg.toString();
        }
        TimeAxis axis = TimeAxis.of(TimeSegments.of(entries), MARGIN, WIDTH - MARGIN);
        List<Mark> marks = lay(entries, axis);
        int lanes = marks.stream().mapToInt(Mark::lane).max().orElse(0) + 1;
        int height = AXIS_Y + 12 + lanes * LANE_HEIGHT + 8;
        TimelineEntry last = entries.get(entries.size() - 1);
        open(svg, height, options, words.summary(entries.size(),
                words.date(entries.get(0).date(), Optional.empty()), words.date(last.end().orElse(last.date()), Optional.empty())),
                !options.anchorBase().isEmpty());
        axis(svg, axis, height, words);
        svg.append("<g class=\"entries\">\n");
        for (Mark m : marks) mark(svg, m, words, options.anchorBase());
        svg.append("</g>\n</svg>\n");
        return svg.toString();
    }

    private record Mark(TimelineEntry entry, double x1, double x2, int lane) {}

    /** Places each entry in the first lane where it keeps its distance from the marks already there. */
    private static List<Mark> lay(List<TimelineEntry> entries, TimeAxis axis) {
        List<Mark> marks = new ArrayList<>();
        List<Double> laneEnds = new ArrayList<>();
        for (TimelineEntry e : entries) {
            boolean point = e.end().isEmpty() && e.date().precision() == DatePrecision.DAY;
            LocalDate day = e.date().firstDay();
            double x1 = point ? axis.x(day) + 0.5 * axis.dayWidth(day) : axis.x(day);
            double x2 = point ? x1 : Math.max(x1 + 2, axis.x(e.end().orElse(e.date()).lastDay().plusDays(1)));
            double left = point ? x1 - DOT_RADIUS : x1;
            int lane = 0;
            while (lane < laneEnds.size() && laneEnds.get(lane) + GAP / 2 > left) lane++;
            double right = point ? x1 + DOT_RADIUS : x2;
            if (lane == laneEnds.size()) laneEnds.add(right);
            else laneEnds.set(lane, right);
            marks.add(new Mark(e, x1, x2, lane));
        }
        return marks;
    }

    /**
     * A drawing whose marks are links is a {@code group}: an {@code img} has no parts, so its links would be
     * controls hidden inside an image (axe-core's nested-interactive).
     */
    private static void open(StringBuilder svg, int height, Options options, String description, boolean linked) {
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" width=\"").append(WIDTH).append("\" height=\"").append(height)
                .append("\" role=\"").append(linked ? "group" : "img").append("\" aria-labelledby=\"timeline-svg-title timeline-svg-desc\" class=\"timeline-svg\">\n")
                .append("<title id=\"timeline-svg-title\">").append(Xml.escape(options.title())).append("</title>\n")
                .append("<desc id=\"timeline-svg-desc\">").append(Xml.escape(description)).append("</desc>\n");
    }

    /**
     * Per period: a faint band for a background period, the axis line and its ticks and labels; between
     * two periods, a break mark (two slanted strokes) where the axis skips time.
     */
    private static void axis(StringBuilder svg, TimeAxis axis, int height, TimelineWords words) {
        svg.append("<g class=\"axis\" stroke=\"currentColor\" fill=\"currentColor\" font-size=\"").append(TimeAxis.FONT_SIZE).append("\">\n");
        List<TimeAxis.Placed> placed = axis.placed();
        for (int i = 0; i < placed.size(); i++) {
            TimeAxis.Placed p = placed.get(i);
            if (!p.period().story()) {
                svg.append("<rect class=\"background-period\" x=\"").append(number(p.x0())).append("\" y=\"").append(AXIS_Y)
                        .append("\" width=\"").append(number(p.x1() - p.x0())).append("\" height=\"").append(height - AXIS_Y - 4)
                        .append("\" stroke=\"none\" fill-opacity=\"0.06\"/>\n");
            }
            svg.append("<line x1=\"").append(number(p.x0())).append("\" y1=\"").append(AXIS_Y).append("\" x2=\"")
                    .append(number(p.x1())).append("\" y2=\"").append(AXIS_Y).append("\"/>\n");
            if (i > 0) {
                double mid = (placed.get(i - 1).x1() + p.x0()) / 2;
                svg.append("<g class=\"break\">");
                for (double dx : new double[] {-3, 3}) {
                    svg.append("<line x1=\"").append(number(mid + dx - 3)).append("\" y1=\"").append(AXIS_Y + 5)
                            .append("\" x2=\"").append(number(mid + dx + 3)).append("\" y2=\"").append(AXIS_Y - 5).append("\"/>");
                }
                svg.append("</g>\n");
            }
        }
        for (TimeAxis.Tick tick : axis.ticks(words)) {
            String x = number(tick.x());
            svg.append("<line x1=\"").append(x).append("\" y1=\"").append(AXIS_Y - 4).append("\" x2=\"").append(x)
                    .append("\" y2=\"").append(height - 4).append("\" stroke-opacity=\"0.15\"/>\n");
            if (tick.label().isEmpty()) continue;
            svg.append("<text x=\"").append(x).append("\" y=\"").append(AXIS_Y - 8).append("\" stroke=\"none\">")
                    .append(Xml.escape(tick.label())).append("</text>\n");
        }
        svg.append("</g>\n");
    }

    private static void mark(StringBuilder svg, Mark m, TimelineWords words, String anchorBase) {
        TimelineEntry e = m.entry();
        double y = AXIS_Y + 12 + m.lane() * LANE_HEIGHT + LANE_HEIGHT / 2.0;
        String tooltip = words.date(e.date(), e.end()) + ": " + EntryText.headline(e, 120);
        String cls = e.planned() ? "entry planned" : "entry";
        String fill = e.planned() ? "none" : "currentColor";
        boolean link = !anchorBase.isEmpty();
        if (link) svg.append("<a href=\"").append(Xml.escape(anchorBase + e.id())).append("\">");
        svg.append("<g class=\"").append(cls).append("\">");
        svg.append("<title>").append(Xml.escape(tooltip)).append("</title>");
        if (m.x1() == m.x2()) {
            svg.append("<circle cx=\"").append(number(m.x1())).append("\" cy=\"").append(number(y)).append("\" r=\"")
                    .append(DOT_RADIUS).append("\" fill=\"").append(fill).append("\" stroke=\"currentColor\"/>");
        } else {
            svg.append("<rect x=\"").append(number(m.x1())).append("\" y=\"").append(number(y - 4)).append("\" width=\"")
                    .append(number(m.x2() - m.x1())).append("\" height=\"8\" rx=\"3\" fill=\"").append(fill)
                    .append("\" fill-opacity=\"").append(e.planned() ? "1" : "0.6").append("\" stroke=\"currentColor\"/>");
        }
        svg.append("</g>");
        if (link) svg.append("</a>");
        svg.append('\n');
    }

    /** One decimal, a dot, no trailing ".0": the same text for the same number on every machine. */
    private static String number(double value) {
        // String.format rounds the shortest decimal of the value half up, and a long timeline draws tens of
        // thousands of numbers: where the tenths are not near a half, rounding the value itself gives the
        // same digits. Near a half, near zero from below and beyond long's reach, the format decides.
        double tenths = value * 10;
        long rounded = Math.round(tenths);
        if (Math.abs(tenths) < 1e9 && Math.abs(Math.abs(tenths - rounded) - 0.5) > 1e-6 && !(rounded == 0 && Math.copySign(1.0, value) < 0)) {
            long abs = Math.abs(rounded);
            String digits = (rounded < 0 ? "-" : "") + abs / 10;
            return abs % 10 == 0 ? digits : digits + "." + abs % 10;
        }
        String text = String.format(Locale.ROOT, "%.1f", value);
        return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
    }
}
