package org.dossier.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar date known to the year, the month or the day. {@code month} and {@code day} are 0 when
 * unknown; a known day implies a known month. Orders by its earliest possible day, then by precision
 * (coarser first), so "2022-01" sorts before "2022-01-01".
 */
public record PartialDate(int year, int month, int day) implements Comparable<PartialDate> {
    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");
    private static final Comparator<PartialDate> ORDER = Comparator
            .comparing(PartialDate::firstDay)
            .thenComparing(PartialDate::precision);

    public PartialDate {
        if (year < 1 || year > 9999) throw new IllegalArgumentException("year must be 1..9999 but was " + year);
        if (month < 0 || month > 12) throw new IllegalArgumentException("month must be 0..12 but was " + month);
        if (month == 0 && day != 0) throw new IllegalArgumentException("day needs a month");
        if (day != 0) {
            try {
                LocalDate.of(year, month, day);
            } catch (DateTimeException e) {
                throw new IllegalArgumentException("not a calendar date: " + year + "-" + month + "-" + day, e);
            }
        }
    }

    public static PartialDate ofYear(int year) {
        return new PartialDate(year, 0, 0);
    }

    public static PartialDate ofMonth(int year, int month) {
        return new PartialDate(year, month, 0);
    }

    public static PartialDate of(LocalDate date) {
        return new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    /** Parses {@code 2022}, {@code 2022-01} or {@code 2022-01-02}; empty when it is not such a date. */
    public static Optional<PartialDate> parseIso(String text) {
        Matcher m = ISO.matcher(text.strip());
        if (!m.matches()) return Optional.empty();
        try {
            int year = Integer.parseInt(m.group(1));
            int month = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
            int day = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
            return Optional.of(new PartialDate(year, month, day));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public DatePrecision precision() {
        if (month == 0) return DatePrecision.YEAR;
        return day == 0 ? DatePrecision.MONTH : DatePrecision.DAY;
    }

    /** The earliest day this date can mean. */
    public LocalDate firstDay() {
        return LocalDate.of(year, month == 0 ? 1 : month, day == 0 ? 1 : day);
    }

    /** The latest day this date can mean. */
    public LocalDate lastDay() {
        if (month == 0) return LocalDate.of(year, 12, 31);
        if (day == 0) return YearMonth.of(year, month).atEndOfMonth();
        return LocalDate.of(year, month, day);
    }

    /** ISO 8601 at this date's precision: {@code 2022}, {@code 2022-01} or {@code 2022-01-02}. */
    public String iso() {
        // Not String.format: dates are written for every article on every list, and format is slow.
        String yyyy = pad(year, 4);
        return switch (precision()) {
            case YEAR -> yyyy;
            case MONTH -> yyyy + "-" + pad(month, 2);
            case DAY -> yyyy + "-" + pad(month, 2) + "-" + pad(day, 2);
        };
    }

    private static String pad(int value, int digits) {
        String text = Integer.toString(value);
        return "0".repeat(Math.max(0, digits - text.length())) + text;
    }

    @Override
    public int compareTo(PartialDate other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return iso();
    }
}
