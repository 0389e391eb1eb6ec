package org.dossier.analyze.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * The holidays news dates things by, each computed for a given year: fixed days, the days that move with
 * Easter (found by the Gregorian computus) and the days fixed by a weekday rule.
 */
final class Holidays {
    /** A holiday and how to find its day in a year. */
    enum Day {
        NEW_YEARS_DAY(y -> LocalDate.of(y, 1, 1)),
        VALENTINES_DAY(y -> LocalDate.of(y, 2, 14)),
        GOOD_FRIDAY(y -> easter(y).minusDays(2)),
        EASTER(Holidays::easter),
        EASTER_MONDAY(y -> easter(y).plusDays(1)),
        /** 27 April, or the 26th when the 27th is a Sunday; the Queen's Day before 2014 was 30 April. */
        KINGS_DAY(Holidays::kingsDay),
        REMEMBRANCE_DAY(y -> LocalDate.of(y, 5, 4)),
        LIBERATION_DAY(y -> LocalDate.of(y, 5, 5)),
        ASCENSION_DAY(y -> easter(y).plusDays(39)),
        PENTECOST(y -> easter(y).plusDays(49)),
        WHIT_MONDAY(y -> easter(y).plusDays(50)),
        /** Prinsjesdag: the third Tuesday of September. */
        BUDGET_DAY(y -> LocalDate.of(y, 9, 1).with(TemporalAdjusters.dayOfWeekInMonth(3, DayOfWeek.TUESDAY))),
        HALLOWEEN(y -> LocalDate.of(y, 10, 31)),
        /** The fourth Thursday of November. */
        THANKSGIVING(y -> LocalDate.of(y, 11, 1).with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY))),
        SINTERKLAAS(y -> LocalDate.of(y, 12, 5)),
        CHRISTMAS_EVE(y -> LocalDate.of(y, 12, 24)),
        CHRISTMAS(y -> LocalDate.of(y, 12, 25)),
        BOXING_DAY(y -> LocalDate.of(y, 12, 26)),
        NEW_YEARS_EVE(y -> LocalDate.of(y, 12, 31));

        private final IntFunction<LocalDate> in;

        Day(IntFunction<LocalDate> in) {
            this.in = in;
        }

        /** The holiday's day in {@code year}. */
        LocalDate in(int year) {
            return in.apply(year);
        }
    }

    /**
     * A holiday's name. {@code english}: counts only capitalised, as English writes it. {@code needsCue}: a
     * name that is as often a modifier ("Christmas sales", "Easter eggs", "kerst" in "de sfeer van kerst")
     * counts only after a preposition or a modifier, or before a year.
     */
    record Name(Day day, boolean english, boolean needsCue) {}

    private static final Map<String, Name> NAMES = Map.ofEntries(
            Map.entry("nieuwjaarsdag", new Name(Day.NEW_YEARS_DAY, false, false)),
            Map.entry("new year's day", new Name(Day.NEW_YEARS_DAY, true, false)),
            Map.entry("valentijnsdag", new Name(Day.VALENTINES_DAY, false, false)),
            Map.entry("valentine's day", new Name(Day.VALENTINES_DAY, true, false)),
            Map.entry("goede vrijdag", new Name(Day.GOOD_FRIDAY, false, false)),
            Map.entry("good friday", new Name(Day.GOOD_FRIDAY, true, false)),
            Map.entry("pasen", new Name(Day.EASTER, false, false)),
            Map.entry("eerste paasdag", new Name(Day.EASTER, false, false)),
            Map.entry("paaszondag", new Name(Day.EASTER, false, false)),
            Map.entry("easter", new Name(Day.EASTER, true, true)),
            Map.entry("easter sunday", new Name(Day.EASTER, true, false)),
            Map.entry("tweede paasdag", new Name(Day.EASTER_MONDAY, false, false)),
            Map.entry("paasmaandag", new Name(Day.EASTER_MONDAY, false, false)),
            Map.entry("easter monday", new Name(Day.EASTER_MONDAY, true, false)),
            Map.entry("koningsdag", new Name(Day.KINGS_DAY, false, false)),
            Map.entry("koninginnedag", new Name(Day.KINGS_DAY, false, false)),
            Map.entry("king's day", new Name(Day.KINGS_DAY, true, false)),
            Map.entry("dodenherdenking", new Name(Day.REMEMBRANCE_DAY, false, false)),
            Map.entry("bevrijdingsdag", new Name(Day.LIBERATION_DAY, false, false)),
            Map.entry("liberation day", new Name(Day.LIBERATION_DAY, true, false)),
            Map.entry("hemelvaartsdag", new Name(Day.ASCENSION_DAY, false, false)),
            Map.entry("hemelvaart", new Name(Day.ASCENSION_DAY, false, false)),
            Map.entry("ascension day", new Name(Day.ASCENSION_DAY, true, false)),
            Map.entry("pinksteren", new Name(Day.PENTECOST, false, false)),
            Map.entry("eerste pinksterdag", new Name(Day.PENTECOST, false, false)),
            Map.entry("pentecost", new Name(Day.PENTECOST, true, true)),
            Map.entry("tweede pinksterdag", new Name(Day.WHIT_MONDAY, false, false)),
            Map.entry("pinkstermaandag", new Name(Day.WHIT_MONDAY, false, false)),
            Map.entry("whit monday", new Name(Day.WHIT_MONDAY, true, false)),
            Map.entry("prinsjesdag", new Name(Day.BUDGET_DAY, false, false)),
            Map.entry("halloween", new Name(Day.HALLOWEEN, true, true)),
            Map.entry("thanksgiving", new Name(Day.THANKSGIVING, true, true)),
            Map.entry("thanksgiving day", new Name(Day.THANKSGIVING, true, false)),
            Map.entry("sinterklaas", new Name(Day.SINTERKLAAS, false, true)),
            Map.entry("pakjesavond", new Name(Day.SINTERKLAAS, false, false)),
            Map.entry("kerstavond", new Name(Day.CHRISTMAS_EVE, false, false)),
            Map.entry("christmas eve", new Name(Day.CHRISTMAS_EVE, true, false)),
            Map.entry("kerstmis", new Name(Day.CHRISTMAS, false, false)),
            Map.entry("kerst", new Name(Day.CHRISTMAS, false, true)),
            Map.entry("eerste kerstdag", new Name(Day.CHRISTMAS, false, false)),
            Map.entry("christmas", new Name(Day.CHRISTMAS, true, true)),
            Map.entry("christmas day", new Name(Day.CHRISTMAS, true, false)),
            Map.entry("tweede kerstdag", new Name(Day.BOXING_DAY, false, false)),
            Map.entry("boxing day", new Name(Day.BOXING_DAY, true, false)),
            Map.entry("oudejaarsdag", new Name(Day.NEW_YEARS_EVE, false, false)),
            Map.entry("oudejaarsavond", new Name(Day.NEW_YEARS_EVE, false, false)),
            Map.entry("oudjaar", new Name(Day.NEW_YEARS_EVE, false, false)),
            Map.entry("new year's eve", new Name(Day.NEW_YEARS_EVE, true, false)));

    /** Regex alternation of every name, longest first, with any apostrophe and any run of spaces. */
    static final String NAME_WORDS = DateLexicon.alternation(NAMES.keySet())
            .replace("'", "\\E['’]\\Q").replace(" ", "\\E\\s+\\Q");

    /** The single words that start a name, for the scanner's triggers ("pasen", "new", "good"). */
    static final java.util.Set<String> FIRST_WORDS = NAMES.keySet().stream()
            .map(n -> n.split("[ ']")[0]).collect(java.util.stream.Collectors.toUnmodifiableSet());

    private Holidays() {}

    /** The holiday a name as written means; English names count only capitalised, as English writes them. */
    static Optional<Name> named(String written) {
        String key = written.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("\\s+", " ");
        Name name = NAMES.get(key);
        if (name == null) return Optional.empty();
        if (name.english() && !Character.isUpperCase(written.charAt(0))) return Optional.empty();
        return Optional.of(name);
    }

    /** Easter Sunday of a Gregorian year, by the anonymous Gregorian computus (Meeus/Jones/Butcher). */
    static LocalDate easter(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    private static LocalDate kingsDay(int year) {
        if (year < 2014) return LocalDate.of(year, 4, 30);
        LocalDate day = LocalDate.of(year, 4, 27);
        return day.getDayOfWeek() == DayOfWeek.SUNDAY ? day.minusDays(1) : day;
    }
}
