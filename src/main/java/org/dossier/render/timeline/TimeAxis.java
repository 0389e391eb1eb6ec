package org.dossier.render.timeline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import org.dossier.render.timeline.TimeSegments.Period;

/**
 * The drawing's horizontal axis: its periods side by side (the story's wide, each background period
 * narrow, a break between them), days to pixels within each, and the ticks and labels. The
 * story's period gets the finest tick unit (day, week, month, year, decade, …) whose labels fit its
 * width; a background period a tick for each year its entries begin in. A label that would touch the one
 * before it is left out, so labels never overlap at any span.
 */
final class TimeAxis {
    /** Font size of the labels, in pixels. */
    static final int FONT_SIZE = 10;
    /**
     * The width this drawing allows for one character of a label: more than the average of digits and
     * letters in common sans-serif faces at {@value #FONT_SIZE} px (about 5.6 px), so estimated boxes
     * are never narrower than drawn ones.
     */
    static final double CHAR_WIDTH = 6.5;
    /** Space kept free between two labels. */
    static final double LABEL_GAP = 6;
    /** The space between two periods, where the break mark is drawn. */
    static final double BREAK = 18;
    /** Most a background period gets; together they never take more than {@link #BACKGROUND_SHARE}. */
    static final double BACKGROUND_WIDTH = 96;
    static final double BACKGROUND_SHARE = 0.4;

    /** A period placed on the axis, from pixel {@code x0} to {@code x1}. */
    record Placed(Period period, double x0, double x1) {
        double x(LocalDate day) {
            return x0 + (x1 - x0) * ChronoUnit.DAYS.between(period.start(), day) / period.days();
        }

        boolean contains(LocalDate day) {
            return !day.isBefore(period.start()) && day.isBefore(period.endExclusive());
        }
    }

    /** A tick at {@code x}, labelled when {@code label} is not empty. */
    record Tick(double x, String label) {
        double labelRight() {
            return x + width(label);
        }
    }

    private enum Unit {
        DAY(1), WEEK(7), MONTH(30.4), YEAR(365.25), DECADE(3652.5), HALF_CENTURY(18262.5), CENTURY(36525);

        final double days;

        Unit(double days) {
            this.days = days;
        }
    }

    private final List<Placed> placed;
    private final double left;
    private final double right;

    private TimeAxis(List<Placed> placed, double left, double right) {
        this.placed = placed;
        this.left = left;
        this.right = right;
    }

    /** Lays {@code periods} (in time order) between pixels {@code left} and {@code right}. */
    static TimeAxis of(List<Period> periods, double left, double right) {
        double available = right - left - BREAK * (periods.size() - 1);
        long backgrounds = periods.stream().filter(p -> !p.story()).count();
        double background = backgrounds == 0 ? 0 : Math.min(BACKGROUND_WIDTH, available * BACKGROUND_SHARE / backgrounds);
        double story = available - background * backgrounds;
        List<Placed> placed = new ArrayList<>();
        double x = left;
        for (Period period : periods) {
            double width = period.story() ? story : background;
            placed.add(new Placed(period, x, x + width));
            x += width + BREAK;
        }
        return new TimeAxis(List.copyOf(placed), left, right);
    }

    List<Placed> placed() {
        return placed;
    }

    /** The pixel of the start of {@code day}. */
    double x(LocalDate day) {
        for (Placed p : placed) if (p.contains(day)) return p.x(day);
        Placed last = placed.get(placed.size() - 1);
        return day.isBefore(placed.get(0).period().start()) ? placed.get(0).x0() : last.x1();
    }

    /** The width of one day in the period of {@code day}. */
    double dayWidth(LocalDate day) {
        return x(day.plusDays(1)) - x(day);
    }

    /** The ticks of every period; labels that would overlap the one before, or pass the end, are blank. */
    List<Tick> ticks(TimelineWords words) {
        List<Tick> ticks = new ArrayList<>();
        double freeFrom = Double.NEGATIVE_INFINITY;
        for (Placed p : placed) {
            for (Tick tick : ticksOf(p, words)) {
                boolean fits = tick.x() >= freeFrom && tick.labelRight() <= right;
                if (fits) freeFrom = tick.labelRight() + LABEL_GAP;
                ticks.add(fits ? tick : new Tick(tick.x(), ""));
            }
        }
        return ticks;
    }

    private static List<Tick> ticksOf(Placed p, TimelineWords words) {
        Period period = p.period();
        if (!period.story()) {
            // A narrow background period is read by the years the text names, not by a regular scale.
            return period.years().stream().map(year -> new Tick(p.x(LocalDate.of(year, 1, 1)), words.year(year))).toList();
        }
        double pixelsPerDay = (p.x1() - p.x0()) / period.days();
        Unit unit = unit(pixelsPerDay);
        List<Tick> ticks = new ArrayList<>();
        LocalDate day = firstTick(period.start(), unit);
        boolean first = true;
        if (day.isAfter(period.start())) {
            // The period begins between two ticks: say where it begins.
            ticks.add(new Tick(p.x0(), label(period.start(), unit, true, words)));
            first = false;
        }
        for (; day.isBefore(period.endExclusive()); day = next(day, unit)) {
            ticks.add(new Tick(p.x(day), label(day, unit, first, words)));
            first = false;
        }
        return ticks;
    }

    /** The finest unit whose widest usual label fits between two of its ticks. */
    private static Unit unit(double pixelsPerDay) {
        for (Unit unit : Unit.values()) {
            if (unit.days * pixelsPerDay >= width(typicalLabel(unit)) + LABEL_GAP) return unit;
        }
        return Unit.CENTURY;
    }

    private static String typicalLabel(Unit unit) {
        return switch (unit) {
            case DAY -> "30";
            case WEEK -> "30 Sep.";
            case MONTH -> "Sep.";
            default -> "2000";
        };
    }

    static double width(String label) {
        return label.length() * CHAR_WIDTH;
    }

    private static LocalDate firstTick(LocalDate start, Unit unit) {
        return switch (unit) {
            case DAY -> start;
            case WEEK -> start.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
            case MONTH -> start.getDayOfMonth() == 1 ? start : start.withDayOfMonth(1).plusMonths(1);
            case YEAR -> start.getDayOfYear() == 1 ? start : start.withDayOfYear(1).plusYears(1);
            case DECADE, HALF_CENTURY, CENTURY -> {
                int step = (int) Math.round(unit.days / Unit.YEAR.days);
                int year = start.getDayOfYear() == 1 && start.getYear() % step == 0
                        ? start.getYear() : Math.floorDiv(start.getYear(), step) * step + step;
                yield LocalDate.of(year, 1, 1);
            }
        };
    }

    private static LocalDate next(LocalDate day, Unit unit) {
        return switch (unit) {
            case DAY -> day.plusDays(1);
            case WEEK -> day.plusWeeks(1);
            case MONTH -> day.plusMonths(1);
            case YEAR -> day.plusYears(1);
            case DECADE -> day.plusYears(10);
            case HALF_CENTURY -> day.plusYears(50);
            case CENTURY -> day.plusYears(100);
        };
    }

    /** Days and weeks name their month where it begins and at the first tick; months their year in January. */
    private static String label(LocalDate day, Unit unit, boolean first, TimelineWords words) {
        return switch (unit) {
            case DAY, WEEK -> words.day(day.getDayOfMonth(), day.getMonthValue(),
                    first || day.getDayOfMonth() <= unit.days) + (first ? " " + words.year(day.getYear()) : "");
            case MONTH -> words.month(day.getMonthValue())
                    + (first || day.getMonthValue() == 1 ? " " + words.year(day.getYear()) : "");
            default -> words.year(day.getYear());
        };
    }
}
