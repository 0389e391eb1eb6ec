package org.dossier.render.timeline;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.dossier.model.TimelineEntry;

/**
 * Splits the entries' dates into periods: the story's own period, where most entries fall, and the
 * background the text mentions (a bridge "built in 1943" in a 2024 story), apart from it by a gap of
 * at least a year that is also a large part of the whole span. Drawn on one linear scale, such a
 * background would squeeze the story into one column; each period gets its own scale instead.
 */
final class TimeSegments {
    /** A gap shorter than this never splits: a story's own months belong together. */
    static final long MIN_BREAK_DAYS = 365;
    /** ...and a gap must also be this share of the whole span, so a long story is not cut up. */
    static final double MIN_BREAK_SHARE = 0.25;

    /** A period of the drawing: its days, whether it is the story's own, and the years its entries begin in. */
    record Period(LocalDate start, LocalDate endExclusive, int entries, boolean story, SortedSet<Integer> years) {
        Period {
            years = Collections.unmodifiableSortedSet(new TreeSet<>(years));
        }

        long days() {
            return ChronoUnit.DAYS.between(start, endExclusive);
        }
    }

    private TimeSegments() {}

    /** The periods in time order; exactly one is the story's. {@code entries} must not be empty. */
    static List<Period> of(List<TimelineEntry> entries) {
        List<TimelineEntry> sorted = entries.stream().sorted(Comparator.comparing(TimeSegments::first)).toList();
        LocalDate first = first(sorted.get(0));
        LocalDate last = sorted.stream().map(TimeSegments::last).max(Comparator.naturalOrder()).orElseThrow();
        long span = ChronoUnit.DAYS.between(first, last) + 1;

        List<LocalDate[]> bounds = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        List<SortedSet<Integer>> years = new ArrayList<>();
        LocalDate start = first;
        LocalDate end = last(sorted.get(0));
        int count = 0;
        SortedSet<Integer> yearsOfPeriod = new TreeSet<>();
        for (TimelineEntry entry : sorted) {
            long gap = ChronoUnit.DAYS.between(end, first(entry));
            if (gap >= MIN_BREAK_DAYS && gap >= MIN_BREAK_SHARE * span) {
                bounds.add(new LocalDate[] {start, end});
                counts.add(count);
                years.add(yearsOfPeriod);
                start = first(entry);
                end = last(entry);
                count = 0;
                yearsOfPeriod = new TreeSet<>();
            }
            if (last(entry).isAfter(end)) end = last(entry);
            count++;
            yearsOfPeriod.add(first(entry).getYear());
        }
        bounds.add(new LocalDate[] {start, end});
        counts.add(count);
        years.add(yearsOfPeriod);

        int story = 0;
        for (int i = 1; i < counts.size(); i++) if (counts.get(i) >= counts.get(story)) story = i; // a tie: the later
        List<Period> periods = new ArrayList<>();
        for (int i = 0; i < bounds.size(); i++) {
            LocalDate from = bounds.get(i)[0];
            LocalDate to = bounds.get(i)[1];
            periods.add(i == story ? storyPeriod(from, to, counts.get(i), years.get(i))
                    : background(from, to, counts.get(i), years.get(i)));
        }
        return List.copyOf(periods);
    }

    /** Whole months, as the axis is read; a story of a few weeks gets a few days either side instead. */
    private static Period storyPeriod(LocalDate from, LocalDate to, int entries, SortedSet<Integer> years) {
        if (ChronoUnit.DAYS.between(from, to) < 45) return new Period(from.minusDays(1), to.plusDays(2), entries, true, years);
        return new Period(from.withDayOfMonth(1), to.withDayOfMonth(1).plusMonths(1), entries, true, years);
    }

    /** Whole years: the background is read by its years. */
    private static Period background(LocalDate from, LocalDate to, int entries, SortedSet<Integer> years) {
        return new Period(from.withDayOfYear(1), to.withDayOfYear(1).plusYears(1), entries, false, years);
    }

    private static LocalDate first(TimelineEntry entry) {
        return entry.date().firstDay();
    }

    private static LocalDate last(TimelineEntry entry) {
        return entry.end().orElse(entry.date()).lastDay();
    }
}
