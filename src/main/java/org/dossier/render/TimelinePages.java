package org.dossier.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.dossier.model.PartialDate;
import org.dossier.model.TimelineEntry;
import org.dossier.render.i18n.Messages;

/**
 * The timeline cut into pages by period, so that a long one stays readable and no page grows with the
 * dossier. A timeline of at most one page's weight stays whole on {@code timeline.html}. A longer one
 * keeps {@code timeline.html} for the drawing and the list of periods, and gives each year a page
 * ({@code timeline-1987.html}); a year too long for one page is cut by month ({@code timeline-1987-03.html},
 * with the entries dated only to the year on the year's page), and a month too long for one page continues
 * on numbered pages ({@code timeline-1987-03-2.html}). The cut depends on the entries alone.
 */
public final class TimelinePages {
    /**
     * One page: its address, its period (none for the first page of a cut timeline), which part of the
     * period it is (from 1) and its entries in timeline order.
     */
    record Period(String url, Optional<PartialDate> period, int part, List<TimelineEntry> entries) {
        /** The page's name in the site's language: "1987", "maart 1987", "maart 1987 (2)"; the overview's for the first. */
        String label(Messages messages) {
            if (period.isEmpty()) return messages.text("timeline.overview");
            String name = messages.date(period.get());
            return part == 1 ? name : messages.text("timeline.part", name, part);
        }
    }

    private final List<Period> periods;
    private final Map<String, String> urlOfEntry;

    private TimelinePages(List<Period> periods) {
        this.periods = List.copyOf(periods);
        Map<String, String> urls = new HashMap<>();
        for (Period period : periods) for (TimelineEntry entry : period.entries()) urls.put(entry.id(), period.url());
        this.urlOfEntry = urls;
    }

    /** The pages of {@code entries}, each of at most {@code budget} (see {@link #weight}) where it can be cut. */
    public static TimelinePages of(List<TimelineEntry> entries, int budget) {
        if (weight(entries) <= budget) return new TimelinePages(List.of(new Period(SiteLinks.TIMELINE, Optional.empty(), 1, entries)));
        List<Period> periods = new ArrayList<>();
        periods.add(new Period(SiteLinks.TIMELINE, Optional.empty(), 1, List.of()));
        for (Map.Entry<Integer, List<TimelineEntry>> year : groupBy(entries, e -> e.date().year()).entrySet()) {
            String yearUrl = "timeline-" + String.format(Locale.ROOT, "%04d", year.getKey()) + ".html";
            PartialDate yearDate = PartialDate.ofYear(year.getKey());
            if (weight(year.getValue()) <= budget) {
                periods.add(new Period(yearUrl, Optional.of(yearDate), 1, year.getValue()));
                continue;
            }
            // Entries dated only to the year come before its months, as the timeline orders them.
            for (Map.Entry<Integer, List<TimelineEntry>> month : groupBy(year.getValue(), e -> e.date().month()).entrySet()) {
                boolean wholeYear = month.getKey() == 0;
                String url = wholeYear ? yearUrl : "timeline-" + String.format(Locale.ROOT, "%04d-%02d", year.getKey(), month.getKey()) + ".html";
                PartialDate period = wholeYear ? yearDate : PartialDate.ofMonth(year.getKey(), month.getKey());
                List<List<TimelineEntry>> parts = Paging.split(month.getValue(), TimelinePages::weight, budget);
                for (int n = 1; n <= parts.size(); n++) {
                    periods.add(new Period(SiteLinks.numbered(url, n), Optional.of(period), n, parts.get(n - 1)));
                }
            }
        }
        return new TimelinePages(periods);
    }

    List<Period> periods() {
        return periods;
    }

    /** Whether the timeline is cut into periods, with {@code timeline.html} as their table of contents. */
    boolean split() {
        return periods.size() > 1;
    }

    /** The address of each entry's page by the entry's id, which alone gives every {@link #urlOf} answer. */
    Map<String, String> urls() {
        return urlOfEntry;
    }

    /** The address of the page that shows the entry; the first page when no page shows it. */
    String urlOf(String entryId) {
        return urlOfEntry.getOrDefault(entryId, SiteLinks.TIMELINE);
    }

    /**
     * The pager of every page, in order, its pages named in the site's language: each page's pager lists
     * every period, so the labels are made once for all of them (a long timeline has over a hundred pages).
     */
    List<Pager> pagers(Messages messages) {
        List<String> urls = periods.stream().map(Period::url).toList();
        List<String> labels = periods.stream().map(p -> p.label(messages)).toList();
        List<Pager> pagers = new ArrayList<>(periods.size());
        for (int i = 0; i < periods.size(); i++) pagers.add(Pager.of(i + 1, urls, labels));
        return pagers;
    }

    /** An entry weighs as many reports as it shows. */
    static int weight(TimelineEntry entry) {
        return entry.sources().size();
    }

    private static int weight(List<TimelineEntry> entries) {
        int sum = 0;
        for (TimelineEntry entry : entries) sum += weight(entry);
        return sum;
    }

    private static Map<Integer, List<TimelineEntry>> groupBy(List<TimelineEntry> entries, java.util.function.ToIntFunction<TimelineEntry> key) {
        Map<Integer, List<TimelineEntry>> groups = new LinkedHashMap<>();
        for (TimelineEntry entry : entries) groups.computeIfAbsent(key.applyAsInt(entry), k -> new ArrayList<>()).add(entry);
        return groups;
    }
}
