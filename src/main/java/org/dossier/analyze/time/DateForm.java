package org.dossier.analyze.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * What a temporal expression says, before it is resolved against the article's date: "12 januari"
 * is a {@link DayMonth} without a year, "donderdagavond" a {@link Weekday}, "vorige week" a
 * {@link PeriodOffset} of minus one week.
 */
public sealed interface DateForm {
    /** Whether the expression names its own year, so that it needs no reference date to resolve. */
    boolean standalone();

    /** Which occurrence a modifier asks for, relative to the reference date. */
    enum Shift {
        /** No modifier: the tense decides. */
        NONE,
        /** afgelopen, vorige, jongstleden, last: strictly before the reference. */
        PREVIOUS,
        /** deze, dit, this: the one in the reference's own week or year. */
        THIS,
        /** komende, volgende, aanstaande, next, coming: strictly after the reference. */
        NEXT
    }

    /** A day of a month; {@code year} is 0 when the text gives none. */
    record DayMonth(int day, int month, int year, Optional<DayOfWeek> weekday) implements DateForm {
        public DayMonth {
            if (month < 1 || month > 12) throw new IllegalArgumentException("month must be 1..12 but was " + month);
            if (day < 1 || day > maxDays(month)) throw new IllegalArgumentException("no day " + day + " in month " + month);
        }

        @Override
        public boolean standalone() {
            return year > 0;
        }

        /** Whether the day exists in the given year (29 februari only in leap years). */
        boolean validIn(int inYear) {
            return day <= LocalDate.of(inYear, month, 1).lengthOfMonth();
        }

        /** Whether some year has this day: "31 februari" never does. */
        static boolean exists(int day, int month) {
            return month >= 1 && month <= 12 && day >= 1 && day <= maxDays(month);
        }

        private static int maxDays(int month) {
            return java.time.Month.of(month).maxLength();
        }
    }

    /** From one day to a later one: "9 en 10 januari", "van 30 december tot 2 januari". */
    record DayRange(DayMonth first, DayMonth last) implements DateForm {
        @Override
        public boolean standalone() {
            return last.year() > 0;
        }
    }

    /** A month; {@code year} is 0 when the text gives none, and then {@code shift} may place it. */
    record MonthName(int month, int year, Shift shift) implements DateForm {
        @Override
        public boolean standalone() {
            return year > 0;
        }
    }

    /** A month of a year counted from the reference's: "juni vorig jaar", "June next year". */
    record MonthOfRelativeYear(int month, int yearOffset) implements DateForm {
        @Override
        public boolean standalone() {
            return false;
        }
    }

    /** "in 2021", "begin 2022". */
    record Year(int year) implements DateForm {
        @Override
        public boolean standalone() {
            return true;
        }
    }

    /** "van 2014 tot 2016". */
    record YearRange(int first, int last) implements DateForm {
        @Override
        public boolean standalone() {
            return true;
        }
    }

    /** "donderdag", "afgelopen vrijdag", "next Monday". */
    record Weekday(DayOfWeek day, Shift shift) implements DateForm {
        @Override
        public boolean standalone() {
            return false;
        }
    }

    /** A weekday of a week counted from the reference's: "volgende week maandag". */
    record WeekdayOfWeek(DayOfWeek day, int weekOffset) implements DateForm {
        @Override
        public boolean standalone() {
            return false;
        }
    }

    /** A day counted from the reference: gisteren -1, vandaag 0, morgen 1, "drie dagen geleden" -3. */
    record DayOffset(int days) implements DateForm {
        @Override
        public boolean standalone() {
            return false;
        }
    }

    /**
     * A week, month or year counted from the reference's: "vorige week" (WEEKS, -1), "deze maand"
     * (MONTHS, 0), "over twee weken" (WEEKS, 2), "two years ago" (YEARS, -2).
     */
    record PeriodOffset(ChronoUnit unit, int amount) implements DateForm {
        public PeriodOffset {
            if (unit != ChronoUnit.WEEKS && unit != ChronoUnit.MONTHS && unit != ChronoUnit.YEARS) {
                throw new IllegalArgumentException("unit must be WEEKS, MONTHS or YEARS but was " + unit);
            }
        }

        @Override
        public boolean standalone() {
            return false;
        }
    }

    /** "afgelopen weekend", "this weekend": Saturday and Sunday. */
    record Weekend(Shift shift) implements DateForm {
        @Override
        public boolean standalone() {
            return false;
        }
    }

    /**
     * From one month to a later one, each of a year or, when the text gives none (0), of the year that
     * fits: "van maart tot mei 2024", "het derde kwartaal van 2023" (July to September), "de zomer van
     * 2017" (June to August).
     */
    record MonthRange(int firstMonth, int firstYear, int lastMonth, int lastYear) implements DateForm {
        @Override
        public boolean standalone() {
            return firstYear > 0 && lastYear > 0;
        }
    }

    /** A season counted from the reference's: "vorige winter", "this summer"; {@code firstMonth} 3, 6, 9 or 12. */
    record Season(int firstMonth, Shift shift) implements DateForm {
        @Override
        public boolean standalone() {
            return false;
        }
    }

    /** A holiday: "Pasen", "Christmas Day 2023", "afgelopen Koningsdag"; {@code year} is 0 when the text gives none. */
    record Holiday(Holidays.Day day, int year, Shift shift) implements DateForm {
        @Override
        public boolean standalone() {
            return year > 0;
        }
    }

    /**
     * Some time before or after a happening the text names: "krap een week na de verkiezingen" is
     * (WEEKS, 1, "verkiezingen"). It resolves only against a date the same article gave that happening
     * (see {@link EventAnchors}), never against the article's own date.
     */
    record AnchoredOffset(ChronoUnit unit, int amount, String anchor) implements DateForm {
        public AnchoredOffset {
            if (unit != ChronoUnit.DAYS && unit != ChronoUnit.WEEKS && unit != ChronoUnit.MONTHS) {
                throw new IllegalArgumentException("unit must be DAYS, WEEKS or MONTHS but was " + unit);
            }
        }

        @Override
        public boolean standalone() {
            return false;
        }
    }
}
