package org.dossier.analyze.time;

import static org.dossier.analyze.time.DatePatterns.badWeekday;
import static org.dossier.analyze.time.DatePatterns.day;
import static org.dossier.analyze.time.DatePatterns.impossible;
import static org.dossier.analyze.time.DatePatterns.intOf;
import static org.dossier.analyze.time.DatePatterns.lower;
import static org.dossier.analyze.time.DatePatterns.month;
import static org.dossier.analyze.time.DatePatterns.monthOf;
import static org.dossier.analyze.time.DatePatterns.rule;
import static org.dossier.analyze.time.DatePatterns.shiftOf;
import static org.dossier.analyze.time.DatePatterns.weekday;
import static org.dossier.analyze.time.DatePatterns.weekdayOf;
import static org.dossier.analyze.time.DatePatterns.year;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import org.dossier.analyze.time.DateForm.DayMonth;
import org.dossier.analyze.time.DateTriggers.Kind;
import org.dossier.analyze.time.DateForm.DayRange;
import org.dossier.analyze.time.DateForm.MonthName;
import org.dossier.analyze.time.DateForm.MonthOfRelativeYear;
import org.dossier.analyze.time.DateForm.Shift;
import org.dossier.analyze.time.DateForm.Year;
import org.dossier.analyze.time.DateForm.YearRange;

/** Rules for dates written with a month name or a year: "2 januari 2022", "9 en 10 januari", "March 3", "in 2021". */
final class AbsoluteDateRules {
    private static final String RANGE_WORD = "-|–|t/m|tot\\s+en\\s+met|tot|to|through|until|till";
    /** A number followed by a unit or a counted noun is an amount or a count, not a year: "2013 euro", "1500 deelnemers". */
    private static final String YEAR_NOT_AMOUNT =
            "(?!\\s*(?:%|pct|procent|percent|euro|dollars?|dlrs|mln|miljoen|miljard|million|billion|shares|tonnes|tons"
            + "|mensen|personen|deelnemers|inwoners|woningen|huizen|banen|stuks|meter|kilometer|km|ton|kilo|people|jobs"
            + "|workers|homes|units|barrels|vessels|cars|points|punten)(?!\\p{L}))";
    /**
     * Words before "sinds 1985" that make it a comparison ("het hoogste niveau sinds 1985", "the first time
     * since 1998") rather than the start of a state: superlatives, and these.
     */
    private static final Set<String> COMPARISON = Set.of("eerste", "eerst", "first", "most", "meest", "least", "minst",
            "record", "ever", "ooit", "nooit", "never");

    private AbsoluteDateRules() {}

    static List<DateFormScanner.DateRule> all() {
        return List.of(
                // 9 en 10 januari, van 9 tot 10 januari, 9-11 January 2022, 3, 4 en 5 mei
                rule(Kind.MONTH, "(?:(?<prep>van|vanaf|tussen|op|from|between|on)\\s+)?" + day("d1")
                        + "(?<more>(?:\\s*,\\s*(?:[12]\\d|3[01]|0?[1-9]))*)"
                        + "\\s*(?<conn>" + RANGE_WORD + "|en|and|&)\\s*" + day("d2")
                        + "\\s+(?:of\\s+)?" + month("m1") + "(?:,?\\s+" + year("y1") + ")?",
                        (text, m) -> daysOfOneMonth(m)),
                // January 9-10, March 2 and 4, 1987
                rule(Kind.MONTH, "(?:(?<prep>from|between|on)\\s+)?" + month("m1") + "\\s+" + day("d1")
                        + "(?<more>)\\s*(?<conn>-|–|to|through|until|and|&)\\s*" + day("d2")
                        + "(?:,?\\s+" + year("y1") + ")?",
                        (text, m) -> daysOfOneMonth(m)),
                // van 30 december tot 2 januari, 28 februari - 3 maart 2022
                rule(Kind.MONTH, "(?:(?<prep>van|vanaf|tussen|from|between)\\s+)?" + day("d1") + "\\s+" + month("m1")
                        + "(?:\\s+" + year("y1") + ")?\\s*(?<conn>" + RANGE_WORD + "|en|and)\\s*"
                        + day("d2") + "\\s+" + month("m2") + "(?:,?\\s+" + year("y2") + ")?",
                        (text, m) -> daysOfTwoMonths(m)),
                // from December 30 to January 2, 2022
                rule(Kind.MONTH, "(?:(?<prep>from|between)\\s+)?" + month("m1") + "\\s+" + day("d1")
                        + "(?:,?\\s+" + year("y1") + ")?\\s*(?<conn>-|–|to|until|through|and)\\s*"
                        + month("m2") + "\\s+" + day("d2") + "(?:,?\\s+" + year("y2") + ")?",
                        (text, m) -> daysOfTwoMonths(m)),
                // (op) (maandag) 2 januari (2022), the 2nd of January
                rule(Kind.MONTH, "(?:(?<prep>op|on|per|rond|around|van|from|vanaf)\\s+)?(?:" + weekday("w1") + ",?\\s+)?"
                        + day("d1") + "\\s+(?:of\\s+)?" + month("m1") + "(?:,?\\s+" + year("y1") + ")?",
                        (text, m) -> dayMonth(m)),
                // (on) (Monday,) January 2(, 2022)
                rule(Kind.MONTH, "(?:(?<prep>on|from|around)\\s+)?(?:" + weekday("w1") + ",?\\s+)?"
                        + month("m1") + "\\s+(?:the\\s+)?" + day("d1") + "(?:,?\\s+" + year("y1") + ")?",
                        (text, m) -> dayMonth(m)),
                // 31 februari, 30 februari 2022, February 30: no date, and no month or year either
                impossible(day("d1") + "\\s+(?:of\\s+)?" + month("m1") + "(?:,?\\s+" + year("y1") + ")?",
                        AbsoluteDateRules::impossibleDay),
                impossible(month("m1") + "\\s+(?:the\\s+)?" + day("d1") + "(?:,?\\s+" + year("y1") + ")?",
                        AbsoluteDateRules::impossibleDay),
                // (begin) januari 2022, mid-March 1987
                rule(Kind.MONTH, "(?:(?<cue>begin|eind|einde|medio|half|halverwege|midden|early|late|mid|in|during)(?:\\s+|-))?"
                        + month("m1") + ",?\\s+(?:of\\s+)?" + year("y1") + YEAR_NOT_AMOUNT,
                        (text, m) -> monthOf(m, "m1", true).stream()
                                .mapToObj(mo -> List.<DateForm>of(new MonthName(mo, intOf(m, "y1"), Shift.NONE)))
                                .findFirst().orElse(List.of())),
                // afgelopen juni, in mei, begin december, next March
                rule(Kind.MONTH, "(?<cue>afgelopen|vorige|vorig|jongstleden|komende|volgende|aanstaande|deze|last|next|this|coming"
                        + "|in|begin|eind|einde|medio|half|halverwege|early|late|mid|during)(?:\\s+|-)"
                        + month("m1") + "(?!\\s*\\d)(?:\\s+(?<post>jongstleden|j\\.?l\\.|aanstaande|a\\.s\\.))?",
                        (text, m) -> monthWithCue(m, lower(m, "cue"), lower(m, "post"))),
                // juni jongstleden, mei aanstaande
                rule(Kind.MONTH, month("m1") + "\\s+(?<post>jongstleden|j\\.?l\\.|aanstaande|a\\.s\\.)",
                        (text, m) -> monthWithCue(m, "", lower(m, "post"))),
                // (in) juni vorig jaar, januari van dit jaar, June last year, January of this year
                rule(Kind.MONTH, "(?:in\\s+)?" + month("m1") + "\\s+(?:van\\s+|of\\s+)?(?<ys>vorig|volgend|dit|last|next|this)\\s+(?:jaar|year)(?!\\p{L})",
                        (text, m) -> monthOfRelativeYear(m)),
                // in 2021, begin 2022, mid-1986
                rule(Kind.YEAR, "(?:in\\s+het\\s+jaar|het\\s+jaar|the\\s+year|in|begin|eind|einde|medio|halverwege|midden|early|late"
                        + "|mid|during)(?:\\s+|-)" + year("y1") + YEAR_NOT_AMOUNT,
                        (text, m) -> List.of(new Year(intOf(m, "y1")))),
                // sinds 1972, since 1998, anno 2024: the year a state began, unless it is the measure of a comparison
                rule(Kind.YEAR, "(?<!\\p{L})(?:sinds|sedert|since|anno)\\s+" + year("y1") + YEAR_NOT_AMOUNT,
                        (text, m) -> comparison(text, m.start()) ? List.of() : List.of(new Year(intOf(m, "y1")))),
                // van 2014 tot 2016, between 1985 and 1987
                rule(Kind.YEAR, "(?:van|tussen|from|between)\\s+" + year("y1") + "\\s*(?:" + RANGE_WORD + "|en|and)\\s*" + year("y2")
                        + YEAR_NOT_AMOUNT,
                        (text, m) -> intOf(m, "y2") > intOf(m, "y1")
                                ? List.of(new YearRange(intOf(m, "y1"), intOf(m, "y2"))) : List.of()));
    }

    /** Whether a superlative or a word of comparison stands among the words before {@code start} in its sentence. */
    private static boolean comparison(String text, int start) {
        for (String w : DateFormScanner.wordsBefore(text, start, 8)) {
            if (COMPARISON.contains(w) || w.endsWith("ste") || w.endsWith("est") || (w.endsWith("st") && w.length() > 4)) return true;
        }
        return false;
    }

    /** Two or more days that share one month: a range when joined by "tot" or "-" or when consecutive, else each day. */
    private static List<DateForm> daysOfOneMonth(Matcher m) {
        OptionalInt month = monthOf(m, "m1", true);
        if (month.isEmpty()) return List.of();
        int year = intOf(m, "y1");
        List<Integer> days = new ArrayList<>();
        days.add(intOf(m, "d1"));
        Arrays.stream(m.group("more").split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .map(Integer::parseInt).forEach(days::add);
        days.add(intOf(m, "d2"));
        for (int i = 1; i < days.size(); i++) if (days.get(i) <= days.get(i - 1)) return List.of();
        List<DayMonth> dates = new ArrayList<>();
        for (int d : days) {
            Optional<DayMonth> date = dayMonth(d, month.getAsInt(), year, Optional.empty());
            if (date.isEmpty()) return List.of();
            dates.add(date.get());
        }
        String conn = lower(m, "conn");
        String prep = lower(m, "prep");
        boolean list = (conn.equals("en") || conn.equals("and") || conn.equals("&"))
                && !prep.equals("tussen") && !prep.equals("between");
        boolean consecutive = days.get(days.size() - 1) - days.get(0) == days.size() - 1;
        if (!list && days.size() > 2) return List.of();
        if (!list || consecutive) return List.of(new DayRange(dates.get(0), dates.get(dates.size() - 1)));
        return List.copyOf(dates);
    }

    /** "van 30 december tot 2 januari": the years of both ends fill each other in; the end comes after the start. */
    private static List<DateForm> daysOfTwoMonths(Matcher m) {
        OptionalInt m1 = monthOf(m, "m1", true);
        OptionalInt m2 = monthOf(m, "m2", true);
        if (m1.isEmpty() || m2.isEmpty()) return List.of();
        String conn = lower(m, "conn");
        String prep = lower(m, "prep");
        if ((conn.equals("en") || conn.equals("and")) && !prep.equals("tussen") && !prep.equals("between")) return List.of();
        int y1 = intOf(m, "y1");
        int y2 = intOf(m, "y2");
        boolean crossesYear = m1.getAsInt() > m2.getAsInt();
        if (y1 == 0 && y2 > 0) y1 = crossesYear ? y2 - 1 : y2;
        if (y2 == 0 && y1 > 0) y2 = crossesYear ? y1 + 1 : y1;
        Optional<DayMonth> first = dayMonth(intOf(m, "d1"), m1.getAsInt(), y1, Optional.empty());
        Optional<DayMonth> last = dayMonth(intOf(m, "d2"), m2.getAsInt(), y2, Optional.empty());
        if (first.isEmpty() || last.isEmpty()) return List.of();
        if (y1 > 0 && !java.time.LocalDate.of(y1, m1.getAsInt(), first.get().day())
                .isBefore(java.time.LocalDate.of(y2, m2.getAsInt(), last.get().day()))) return List.of();
        if (y1 == 0 && m1.getAsInt() == m2.getAsInt() && first.get().day() >= last.get().day()) return List.of();
        return List.of(new DayRange(first.get(), last.get()));
    }

    private static List<DateForm> dayMonth(Matcher m) {
        OptionalInt month = monthOf(m, "m1", true);
        if (month.isEmpty() || badWeekday(m, "w1")) return List.of();
        return dayMonth(intOf(m, "d1"), month.getAsInt(), intOf(m, "y1"), weekdayOf(m, "w1"))
                .<List<DateForm>>map(List::of).orElse(List.of());
    }

    /** The day if some calendar has it (in the given year, when there is one): "31 februari" is not a date. */
    static Optional<DayMonth> dayMonth(int day, int month, int year, Optional<java.time.DayOfWeek> weekday) {
        if (!DayMonth.exists(day, month)) return Optional.empty();
        DayMonth date = new DayMonth(day, month, year, weekday);
        if (year > 0 && !date.validIn(year)) return Optional.empty();
        return Optional.of(date);
    }

    private static boolean impossibleDay(Matcher m) {
        OptionalInt month = monthOf(m, "m1", true);
        return month.isPresent() && dayMonth(intOf(m, "d1"), month.getAsInt(), intOf(m, "y1"), Optional.empty()).isEmpty();
    }

    private static List<DateForm> monthWithCue(Matcher m, String cue, String post) {
        OptionalInt month = monthOf(m, "m1", false);
        if (month.isEmpty()) return List.of();
        Shift shift = post.isEmpty() ? shiftOf(cue) : shiftOf(post);
        return List.of(new MonthName(month.getAsInt(), 0, shift));
    }

    private static List<DateForm> monthOfRelativeYear(Matcher m) {
        OptionalInt month = monthOf(m, "m1", false);
        if (month.isEmpty()) return List.of();
        int offset = switch (shiftOf(lower(m, "ys"))) {
            case PREVIOUS -> -1;
            case NEXT -> 1;
            default -> 0;
        };
        return List.of(new MonthOfRelativeYear(month.getAsInt(), offset));
    }
}
