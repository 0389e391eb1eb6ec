package org.dossier.render.timeline;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.dossier.render.svg.Xml;
import org.dossier.model.DatePrecision;
import org.dossier.model.TimelineEntry;

/**
 * A compact SVG of the whole period: a time axis with month (or year) ticks, each entry a dot (a day)
 * or a bar (a month, a year, a range), planned entries hollow, stacked in lanes where they would
 * overlap. Every mark has a {@code <title>} (date and headline) and links to the entry's anchor on the
 * page; the drawing as a whole is {@code role="group"} ({@code "img"} without links) with a title and a description. No script, every
 * text XML-escaped, numbers printed the same way everywhere: the same entries give the same bytes.
 */
public final class TimelineSvg {
    /**
     * @param title      what the drawing shows, for its {@code <title>}
     * @param anchorBase prefix of the link from a mark to its entry ({@code "#"} links to {@code #ENTRY-ID}
     *                   on the same page); empty for no links
     * @param locale     the language of month names and dates
     */
    public record Options(String title, String anchorBase, Locale locale) {
        public Options {
            Objects.requireNonNull(title, "title must not be null");
            Objects.requireNonNull(anchorBase, "anchorBase must not be null");
            Objects.requireNonNull(locale, "locale must not be null");
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
        if (entries.isEmpty()) {
            open(svg, 40, options, "0 entries", false);
            svg.append("</svg>\n");
            return svg.toString();
        }
        LocalDate first = entries.stream().map(e -> e.date().firstDay()).min(LocalDate::compareTo).orElseThrow();
        LocalDate last = entries.stream().map(e -> e.end().orElse(e.date()).lastDay()).max(LocalDate::compareTo).orElseThrow();
        Scale scale = new Scale(first.withDayOfMonth(1), YearMonth.from(last).atEndOfMonth().plusDays(1));
        List<Mark> marks = lay(entries, scale);
        int lanes = marks.stream().mapToInt(Mark::lane).max().orElse(0) + 1;
        int height = AXIS_Y + 12 + lanes * LANE_HEIGHT + 8;
        open(svg, height, options, entries.size() + " entries from "
                + EntryText.date(entries.get(0).date(), java.util.Optional.empty(), options.locale()) + " to "
                + EntryText.date(entries.get(entries.size() - 1).end().orElse(entries.get(entries.size() - 1).date()),
                        java.util.Optional.empty(), options.locale()), !options.anchorBase().isEmpty());
        axis(svg, scale, height, options.locale());
        svg.append("<g class=\"entries\">\n");
        for (Mark m : marks) mark(svg, m, options);
        svg.append("</g>\n</svg>\n");
        return svg.toString();
    }

    private record Mark(TimelineEntry entry, double x1, double x2, int lane) {}

    /** Days to pixels along the axis. */
    private record Scale(LocalDate start, LocalDate endExclusive) {
        double x(LocalDate day) {
            long total = ChronoUnit.DAYS.between(start, endExclusive);
            return MARGIN + (WIDTH - 2.0 * MARGIN) * ChronoUnit.DAYS.between(start, day) / total;
        }
    }

    /** Places each entry in the first lane where it keeps its distance from the marks already there. */
    private static List<Mark> lay(List<TimelineEntry> entries, Scale scale) {
        List<Mark> marks = new ArrayList<>();
        List<Double> laneEnds = new ArrayList<>();
        for (TimelineEntry e : entries) {
            boolean point = e.end().isEmpty() && e.date().precision() == DatePrecision.DAY;
            double x1 = point ? scale.x(e.date().firstDay()) + 0.5 * dayWidth(scale) : scale.x(e.date().firstDay());
            double x2 = point ? x1 : Math.max(x1 + 2, scale.x(e.end().orElse(e.date()).lastDay().plusDays(1)));
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

    private static double dayWidth(Scale scale) {
        return scale.x(scale.start().plusDays(1)) - scale.x(scale.start());
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

    /** The axis line and a tick per month, labelled per month when they fit, else per year. */
    private static void axis(StringBuilder svg, Scale scale, int height, Locale locale) {
        svg.append("<g class=\"axis\" stroke=\"currentColor\" fill=\"currentColor\" font-size=\"10\">\n");
        svg.append("<line x1=\"").append(MARGIN).append("\" y1=\"").append(AXIS_Y).append("\" x2=\"").append(WIDTH - MARGIN)
                .append("\" y2=\"").append(AXIS_Y).append("\"/>\n");
        YearMonth from = YearMonth.from(scale.start());
        YearMonth to = YearMonth.from(scale.endExclusive().minusDays(1));
        long months = ChronoUnit.MONTHS.between(from, to) + 1;
        boolean monthly = months <= 18;
        for (YearMonth ym = from; !ym.isAfter(to); ym = ym.plusMonths(1)) {
            if (!monthly && ym.getMonthValue() != 1 && !ym.equals(from)) continue;
            String x = number(scale.x(ym.atDay(1)));
            svg.append("<line x1=\"").append(x).append("\" y1=\"").append(AXIS_Y - 4).append("\" x2=\"").append(x)
                    .append("\" y2=\"").append(height - 4).append("\" stroke-opacity=\"0.15\"/>\n");
            String label = monthly
                    ? ym.getMonth().getDisplayName(TextStyle.SHORT_STANDALONE, locale) + (ym.getMonthValue() == 1 || ym.equals(from) ? " " + ym.getYear() : "")
                    : Integer.toString(ym.getYear());
            svg.append("<text x=\"").append(x).append("\" y=\"").append(AXIS_Y - 8).append("\" stroke=\"none\">")
                    .append(Xml.escape(label)).append("</text>\n");
        }
        svg.append("</g>\n");
    }

    private static void mark(StringBuilder svg, Mark m, Options options) {
        TimelineEntry e = m.entry();
        double y = AXIS_Y + 12 + m.lane() * LANE_HEIGHT + LANE_HEIGHT / 2.0;
        String tooltip = EntryText.date(e.date(), e.end(), options.locale()) + ": " + EntryText.headline(e, 120);
        String cls = e.planned() ? "entry planned" : "entry";
        String fill = e.planned() ? "none" : "currentColor";
        boolean link = !options.anchorBase().isEmpty();
        if (link) svg.append("<a href=\"").append(Xml.escape(options.anchorBase() + e.id())).append("\">");
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
        String text = String.format(Locale.ROOT, "%.1f", value);
        return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
    }
}
