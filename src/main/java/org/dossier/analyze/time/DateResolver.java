package org.dossier.analyze.time;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.dossier.analyze.time.DateForm.AnchoredOffset;
import org.dossier.analyze.time.DateForm.DayMonth;
import org.dossier.analyze.time.DateForm.DayOffset;
import org.dossier.analyze.time.DateForm.DayRange;
import org.dossier.analyze.time.DateForm.Holiday;
import org.dossier.analyze.time.DateForm.MonthName;
import org.dossier.analyze.time.DateForm.MonthRange;
import org.dossier.analyze.time.DateForm.MonthOfRelativeYear;
import org.dossier.analyze.time.DateForm.PeriodOffset;
import org.dossier.analyze.time.DateForm.Season;
import org.dossier.analyze.time.DateForm.Shift;
import org.dossier.analyze.time.DateForm.Weekday;
import org.dossier.analyze.time.DateForm.WeekdayOfWeek;
import org.dossier.analyze.time.DateForm.Weekend;
import org.dossier.analyze.time.DateForm.Year;
import org.dossier.analyze.time.DateForm.YearRange;
import org.dossier.model.DatePrecision;
import org.dossier.model.PartialDate;

/**
 * Resolves a {@link DateForm} against a reference date (the article's, at whatever precision it is
 * known) and a tense. What needs more of the reference than is known stays unresolved: "donderdag"
 * in an article dated 2022-01, or anything relative in an undated one.
 *
 * <p>A date without a year takes the year that fits: in the past tense the latest such date on or
 * before the reference, in the future tense the earliest on or after it. The present tense leans to
 * the future (news announces schedules in it). A strong tense may move a day without a year up to half
 * a year further than the nearest reading (news gives the year of dates further off), a month up to a
 * year; a weak or present tense only four months. A weekday follows only a strong past tense backwards.
 */
public final class DateResolver {
    /** A resolved expression: a date at its precision, and the last day of a range. */
    public record Resolution(PartialDate date, Optional<PartialDate> end) {
        static Resolution of(PartialDate date) {
            return new Resolution(date, Optional.empty());
        }

        static Resolution of(LocalDate day) {
            return of(PartialDate.of(day));
        }

        static Resolution range(LocalDate first, LocalDate last) {
            return new Resolution(PartialDate.of(first), Optional.of(PartialDate.of(last)));
        }
    }

    /** How much further than the nearest reading any tense may move a day without a year. */
    private static final long HALF_YEAR_DAYS = 183;
    /** How much further than the nearest reading a weak or present tense may move a date. */
    private static final long WEAK_DAYS = 122;
    /** A strong tense may move a month name up to a year ("in juli was het warm", written in June). */
    private static final long YEAR_DAYS = 366;

    private DateResolver() {}

    public static Optional<Resolution> resolve(DateForm form, Optional<PartialDate> reference, Tense tense, boolean strongTense) {
        try {
            return resolveInCalendar(form, reference, tense, strongTense);
        } catch (DateTimeException | IllegalArgumentException e) {
            // "gisteren" in an article of 0001-01-01, "volgend jaar" in one of 9999: a date before year 1 or
            // after 9999, which no PartialDate holds. The expression stays unresolved, like one without a reference.
            return Optional.empty();
        }
    }

    private static Optional<Resolution> resolveInCalendar(DateForm form, Optional<PartialDate> reference, Tense tense, boolean strongTense) {
        Context c = new Context(reference, tense, strongTense);
        if (form instanceof DayMonth d) return c.day(d).map(Resolution::of);
        if (form instanceof DayRange r) return c.range(r);
        if (form instanceof MonthName mn) {
            return c.month(mn).map(ym -> Resolution.of(PartialDate.ofMonth(ym.getYear(), ym.getMonthValue())));
        }
        if (form instanceof MonthOfRelativeYear my) {
            return c.year().map(y -> Resolution.of(PartialDate.ofMonth(y + my.yearOffset(), my.month())));
        }
        if (form instanceof Year y) return Optional.of(Resolution.of(PartialDate.ofYear(y.year())));
        if (form instanceof YearRange yr) {
            return Optional.of(new Resolution(PartialDate.ofYear(yr.first()), Optional.of(PartialDate.ofYear(yr.last()))));
        }
        if (form instanceof Weekday w) return c.weekday(w).map(Resolution::of);
        if (form instanceof WeekdayOfWeek w) {
            return c.day().map(d -> Resolution.of(monday(d).plusWeeks(w.weekOffset()).with(TemporalAdjusters.nextOrSame(w.day()))));
        }
        if (form instanceof DayOffset o) return c.day().map(d -> Resolution.of(d.plusDays(o.days())));
        if (form instanceof PeriodOffset p) return c.period(p);
        if (form instanceof Weekend w) return c.weekend(w);
        if (form instanceof MonthRange r) return c.monthRange(r);
        if (form instanceof Season s) return c.season(s);
        if (form instanceof Holiday h) return c.holiday(h).map(Resolution::of);
        // Counts from a happening, not from the article: only the article's own dates can anchor it (EventAnchors).
        if (form instanceof AnchoredOffset) return Optional.empty();
        throw new IllegalStateException("unknown date form " + form);
    }

    private static Resolution months(YearMonth first, YearMonth last) {
        return new Resolution(PartialDate.ofMonth(first.getYear(), first.getMonthValue()),
                Optional.of(PartialDate.ofMonth(last.getYear(), last.getMonthValue())));
    }

    private static LocalDate monday(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** The reference date at the precision known, and the tense of the clause. */
    private record Context(Optional<PartialDate> reference, Tense tense, boolean strongTense) {
        Optional<LocalDate> day() {
            return reference.filter(r -> r.precision() == DatePrecision.DAY).map(PartialDate::firstDay);
        }

        Optional<YearMonth> yearMonth() {
            return reference.filter(r -> r.precision() != DatePrecision.YEAR).map(r -> YearMonth.of(r.year(), r.month()));
        }

        Optional<Integer> year() {
            return reference.map(PartialDate::year);
        }

        Optional<LocalDate> day(DayMonth d) {
            if (d.year() > 0) return Optional.of(LocalDate.of(d.year(), d.month(), d.day()));
            if (yearMonth().isEmpty()) {
                return year().filter(d::validIn).map(y -> LocalDate.of(y, d.month(), d.day()));
            }
            List<LocalDate> candidates = new ArrayList<>();
            int y = yearMonth().get().getYear();
            for (int cy = y - 1; cy <= y + 1; cy++) if (d.validIn(cy)) candidates.add(LocalDate.of(cy, d.month(), d.day()));
            if (d.weekday().isPresent()) {
                List<LocalDate> fitting = candidates.stream().filter(c -> c.getDayOfWeek() == d.weekday().get()).toList();
                if (!fitting.isEmpty()) candidates = fitting;
            }
            return choose(candidates, this::daysFromReference, Shift.NONE, HALF_YEAR_DAYS);
        }

        Optional<YearMonth> month(MonthName mn) {
            if (mn.year() > 0) return Optional.of(YearMonth.of(mn.year(), mn.month()));
            if (yearMonth().isEmpty()) {
                boolean sameYear = mn.shift() == Shift.NONE || mn.shift() == Shift.THIS;
                return year().filter(y -> sameYear).map(y -> YearMonth.of(y, mn.month()));
            }
            YearMonth ref = yearMonth().get();
            if (mn.shift() == Shift.THIS) return Optional.of(YearMonth.of(ref.getYear(), mn.month()));
            List<YearMonth> candidates = new ArrayList<>();
            for (int cy = ref.getYear() - 1; cy <= ref.getYear() + 1; cy++) candidates.add(YearMonth.of(cy, mn.month()));
            return choose(candidates, ym -> 30 * ChronoUnit.MONTHS.between(ref, ym), mn.shift(), YEAR_DAYS);
        }

        Optional<Resolution> range(DayRange r) {
            Optional<LocalDate> first = day(r.first());
            if (first.isEmpty()) return Optional.empty();
            DayMonth last = r.last();
            LocalDate end = null;
            for (int y = first.get().getYear(); y <= first.get().getYear() + 1 && end == null; y++) {
                if (last.year() > 0 && y != last.year()) continue;
                if (!last.validIn(y)) continue;
                LocalDate candidate = LocalDate.of(y, last.month(), last.day());
                if (candidate.isAfter(first.get())) end = candidate;
            }
            return end == null ? Optional.empty() : Optional.of(Resolution.range(first.get(), end));
        }

        /** A stretch of months: the first month placed as a month name would be, the last the first such month after it. */
        Optional<Resolution> monthRange(MonthRange r) {
            Optional<YearMonth> first = r.firstYear() > 0 ? Optional.of(YearMonth.of(r.firstYear(), r.firstMonth()))
                    : month(new MonthName(r.firstMonth(), 0, Shift.NONE));
            return first.map(f -> {
                YearMonth last = r.lastYear() > 0 ? YearMonth.of(r.lastYear(), r.lastMonth())
                        : YearMonth.of(f.getYear() + (r.lastMonth() <= r.firstMonth() ? 1 : 0), r.lastMonth());
                return months(f, last);
            });
        }

        /** The season before, of, or after the reference's month: "vorige winter" said in March is the one just ended. */
        Optional<Resolution> season(Season s) {
            return yearMonth().flatMap(ref -> {
                List<YearMonth> starts = new ArrayList<>();
                for (int y = ref.getYear() - 2; y <= ref.getYear() + 1; y++) starts.add(YearMonth.of(y, s.firstMonth()));
                Optional<YearMonth> start = switch (s.shift()) {
                    case PREVIOUS -> starts.stream().filter(st -> st.plusMonths(2).isBefore(ref)).reduce((a, b) -> b);
                    case NEXT -> starts.stream().filter(st -> st.isAfter(ref)).findFirst();
                    // "deze winter" in January is the winter under way, which began the December before.
                    case THIS, NONE -> Optional.of(YearMonth.of(ref.getYear() - (s.firstMonth() == 12 && ref.getMonthValue() <= 2 ? 1 : 0),
                            s.firstMonth()));
                };
                return start.map(st -> months(st, st.plusMonths(2)));
            });
        }

        /** A holiday without a year takes the year that fits, as a day without a year does. */
        Optional<LocalDate> holiday(Holiday h) {
            if (h.year() > 0) return Optional.of(h.day().in(h.year()));
            if (yearMonth().isEmpty()) {
                boolean sameYear = h.shift() == Shift.NONE || h.shift() == Shift.THIS;
                return year().filter(y -> sameYear).map(y -> h.day().in(y));
            }
            int y = yearMonth().get().getYear();
            List<LocalDate> candidates = new ArrayList<>();
            for (int cy = y - 1; cy <= y + 1; cy++) candidates.add(h.day().in(cy));
            if (h.shift() == Shift.THIS) return Optional.of(h.day().in(y));
            return choose(candidates, this::daysFromReference, h.shift(), HALF_YEAR_DAYS);
        }

        Optional<LocalDate> weekday(Weekday w) {
            return day().map(ref -> switch (w.shift()) {
                case PREVIOUS -> ref.with(TemporalAdjusters.previous(w.day()));
                case NEXT -> ref.with(TemporalAdjusters.next(w.day()));
                case THIS, NONE -> tense == Tense.PAST && strongTense
                        ? ref.with(TemporalAdjusters.previousOrSame(w.day()))
                        : ref.with(TemporalAdjusters.nextOrSame(w.day()));
            });
        }

        Optional<Resolution> period(PeriodOffset p) {
            return switch (p.unit()) {
                case WEEKS -> day().map(d -> {
                    LocalDate monday = monday(d).plusWeeks(p.amount());
                    return Resolution.range(monday, monday.plusDays(6));
                });
                case MONTHS -> yearMonth().map(ym -> ym.plusMonths(p.amount()))
                        .map(ym -> Resolution.of(PartialDate.ofMonth(ym.getYear(), ym.getMonthValue())));
                default -> year().map(y -> Resolution.of(PartialDate.ofYear(y + p.amount())));
            };
        }

        Optional<Resolution> weekend(Weekend w) {
            return day().map(ref -> {
                LocalDate saturday = switch (w.shift()) {
                    case PREVIOUS -> ref.minusDays(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
                    // On a Friday the weekend of tomorrow is "dit weekend"; "volgend weekend" is the one after.
                    case NEXT -> ref.with(TemporalAdjusters.next(DayOfWeek.SATURDAY))
                            .plusWeeks(ref.getDayOfWeek() == DayOfWeek.FRIDAY ? 1 : 0);
                    case THIS, NONE -> monday(ref).plusDays(5);
                };
                return Resolution.range(saturday, saturday.plusDays(1));
            });
        }

        /** Days from the reference to a day; a month-only reference counts its whole month as distance zero. */
        long daysFromReference(LocalDate date) {
            if (day().isPresent()) return ChronoUnit.DAYS.between(day().get(), date);
            YearMonth ref = yearMonth().orElseThrow();
            return 30 * ChronoUnit.MONTHS.between(ref, YearMonth.from(date));
        }

        /**
         * Picks among candidate years by modifier and tense; {@code distance} is signed, in days, from the
         * reference (negative before it). A strong tense may move the date {@code strongLimit} days further
         * than the nearest reading, a weak or present one half a year: news gives the year of a date
         * further off than that.
         */
        <T> Optional<T> choose(List<T> candidates, java.util.function.ToLongFunction<T> distance, Shift shift, long strongLimit) {
            if (candidates.isEmpty()) return Optional.empty();
            Comparator<T> byNearness = Comparator.<T>comparingLong(c -> Math.abs(distance.applyAsLong(c)))
                    .thenComparingLong(c -> -distance.applyAsLong(c));
            Optional<T> nearest = candidates.stream().min(byNearness);
            if (shift == Shift.PREVIOUS) return candidates.stream().filter(c -> distance.applyAsLong(c) < 0).max(Comparator.comparingLong(distance));
            if (shift == Shift.NEXT) return candidates.stream().filter(c -> distance.applyAsLong(c) > 0).min(Comparator.comparingLong(distance));
            Optional<T> byTense = switch (tense) {
                case PAST -> candidates.stream().filter(c -> distance.applyAsLong(c) <= 0).max(Comparator.comparingLong(distance));
                // News announces what is scheduled in the present tense ("de rechtszaak begint op 3 oktober"),
                // so the present leans to the future, as weakly as a tense read from elsewhere.
                case FUTURE, PRESENT -> candidates.stream().filter(c -> distance.applyAsLong(c) >= 0)
                        .min(Comparator.comparingLong(distance));
            };
            if (byTense.isEmpty()) return nearest;
            long further = Math.abs(distance.applyAsLong(byTense.get())) - Math.abs(distance.applyAsLong(nearest.get()));
            long limit = strongTense && tense != Tense.PRESENT ? strongLimit : Math.min(strongLimit, WEAK_DAYS);
            if (further > limit) return nearest;
            return byTense;
        }
    }
}
