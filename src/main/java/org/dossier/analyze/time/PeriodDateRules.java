package org.dossier.analyze.time;

import static org.dossier.analyze.time.DatePatterns.intOf;
import static org.dossier.analyze.time.DatePatterns.lower;
import static org.dossier.analyze.time.DatePatterns.month;
import static org.dossier.analyze.time.DatePatterns.monthOf;
import static org.dossier.analyze.time.DatePatterns.rule;
import static org.dossier.analyze.time.DatePatterns.shiftOf;
import static org.dossier.analyze.time.DatePatterns.year;

import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import org.dossier.analyze.time.DateForm.MonthRange;
import org.dossier.analyze.time.DateForm.Season;
import org.dossier.analyze.time.DateForm.Shift;
import org.dossier.analyze.time.DateTriggers.Kind;

/**
 * Rules for stretches of months: month ranges ("van maart tot mei 2024", "March–May 2024"), quarters
 * ("het derde kwartaal van 2023", "Q3 2023") and seasons ("de zomer van 2017", "vorige winter"). All
 * resolve to a range of months. Seasons are meteorological; the winter of a year is the one its January
 * and February belong to (December of the year before to February), as the weather records name it;
 * "winter 2017/2018" starts in December 2017.
 */
final class PeriodDateRules {
    private static final String RANGE_WORD = "-|–|t/m|tot\\s+en\\s+met|tot|to|through|until|till";
    private static final String SHIFT_WORDS = "afgelopen|vorige|vorig|komende|komend|volgende|volgend|deze|dit|last|next|this|coming";

    private PeriodDateRules() {}

    static List<DateFormScanner.DateRule> all() {
        return List.of(
                // van maart tot mei 2024, maart-mei 2024, from March to May 2024, between March and May
                rule(Kind.MONTH, "(?:(?<prep>van|vanaf|tussen|from|between)\\s+)?" + month("m1") + "(?:\\s+" + year("y1") + ")?"
                        + "\\s*(?<conn>" + RANGE_WORD + "|en|and)\\s*" + month("m2") + "(?:,?\\s+" + year("y2") + ")?",
                        (text, m) -> monthRange(m)),
                // het derde kwartaal van 2023, 3e kwartaal 2023, the third quarter of 2023, third-quarter 2023
                rule(Kind.YEAR, "(?<!\\p{L})(?<q>" + DateLexicon.QUARTER_WORDS + ")(?:\\s+|-)(?:kwartaal|quarter)\\s+(?:van\\s+|of\\s+)?"
                        + year("y1"),
                        (text, m) -> quarter(m)),
                // Q3 2023, Q3-2023, Q3 van 2023
                rule(Kind.YEAR, "(?<![\\p{L}\\d])(?<q>[Qq][1-4])(?:\\s+(?:van\\s+|of\\s+)?|[-/])" + year("y1"),
                        (text, m) -> quarter(m)),
                // de zomer van 2017, zomer 2017, the autumn of 2025, winter 2017/2018, the fall of 1987
                rule(Kind.SEASON, "(?<!\\p{L})(?<s>" + DateLexicon.SEASON_WORDS + ")\\s+(?<of>van\\s+|of\\s+)?(?<y1>(?:1[5-9]|20)\\d\\d)"
                        + "(?:\\s*[/-]\\s*(?<y2>(?:1[5-9]|20)?\\d\\d))?(?!\\d|[.,]\\d|\\s*(?:%|euro|dollars?|mln|miljoen|million)(?!\\p{L}))",
                        PeriodDateRules::seasonOfYear),
                // vorige winter, afgelopen zomer, komend voorjaar, last summer, this autumn
                // ("this fall in prices" is a drop, not the autumn)
                rule(Kind.SEASON, "(?<!\\p{L})(?<shift>" + SHIFT_WORDS + ")\\s+(?<s>" + DateLexicon.SEASON_WORDS + ")(?!\\p{L})"
                        + "(?<!fall(?=\\s+(?:in|of|to|from|and|was|is)(?!\\p{L})))",
                        PeriodDateRules::shiftedSeason));
    }

    /** Two months, the second after the first; a year on either end fills in the other. Without a year it needs "van … tot". */
    private static List<DateForm> monthRange(Matcher m) {
        int y1 = intOf(m, "y1");
        int y2 = intOf(m, "y2");
        boolean withYear = y1 > 0 || y2 > 0;
        OptionalInt m1 = monthOf(m, "m1", withYear);
        OptionalInt m2 = monthOf(m, "m2", withYear);
        if (m1.isEmpty() || m2.isEmpty()) return List.of();
        String conn = lower(m, "conn");
        String prep = lower(m, "prep");
        boolean between = prep.equals("tussen") || prep.equals("between");
        if ((conn.equals("en") || conn.equals("and")) != between) return List.of();
        if (!withYear && prep.isEmpty()) return List.of();
        boolean crossesYear = m1.getAsInt() >= m2.getAsInt();
        if (y1 == 0 && y2 > 0) y1 = crossesYear ? y2 - 1 : y2;
        if (y2 == 0 && y1 > 0) y2 = crossesYear ? y1 + 1 : y1;
        if (y1 > 0 && 12 * y1 + m1.getAsInt() >= 12 * y2 + m2.getAsInt()) return List.of();
        return List.of(new MonthRange(m1.getAsInt(), y1, m2.getAsInt(), y2));
    }

    private static List<DateForm> quarter(Matcher m) {
        int q = DateLexicon.quarter(m.group("q"));
        if (q == 0) return List.of();
        int year = intOf(m, "y1");
        return List.of(new MonthRange(3 * q - 2, year, 3 * q, year));
    }

    private static List<DateForm> seasonOfYear(String text, Matcher m) {
        String word = m.group("s");
        int first = DateLexicon.season(word);
        // "fall" is a verb too ("prices fall 2013 points"): only "the fall of 1987" is the season.
        if (word.equalsIgnoreCase("fall") && (lower(m, "of").isEmpty()
                || !DateFormScanner.wordsBefore(text, m.start(), 1).equals(List.of("the")))) return List.of();
        int year = intOf(m, "y1");
        String y2 = m.group("y2");
        if (first != 12) return List.of(new MonthRange(first, year, first + 2, year));
        if (y2 == null) return List.of(new MonthRange(12, year - 1, 2, year));
        int next = y2.length() == 2 ? year / 100 * 100 + Integer.parseInt(y2) : Integer.parseInt(y2);
        return next == year + 1 ? List.of(new MonthRange(12, year, 2, next)) : List.of();
    }

    private static List<DateForm> shiftedSeason(String text, Matcher m) {
        Shift shift = shiftOf(lower(m, "shift"));
        int first = DateLexicon.season(m.group("s"));
        if (shift == Shift.NONE || first == 0) return List.of();
        return List.of(new Season(first, shift));
    }
}
