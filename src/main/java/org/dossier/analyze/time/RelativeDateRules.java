package org.dossier.analyze.time;

import static org.dossier.analyze.time.DatePatterns.badWeekday;
import static org.dossier.analyze.time.DatePatterns.lower;
import static org.dossier.analyze.time.DatePatterns.rule;
import static org.dossier.analyze.time.DatePatterns.shiftOf;
import static org.dossier.analyze.time.DatePatterns.weekday;
import static org.dossier.analyze.time.DatePatterns.weekdayOf;

import java.time.DayOfWeek;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.analyze.time.DateForm.AnchoredOffset;
import org.dossier.analyze.time.DateForm.DayOffset;
import org.dossier.analyze.time.DateTriggers.Kind;
import org.dossier.analyze.time.DateForm.PeriodOffset;
import org.dossier.analyze.time.DateForm.Shift;
import org.dossier.analyze.time.DateForm.Weekday;
import org.dossier.analyze.time.DateForm.WeekdayOfWeek;
import org.dossier.analyze.time.DateForm.Weekend;

/** Rules for dates that count from the article's date: weekdays, "gisteren", "vorige week", "two weeks ago". */
final class RelativeDateRules {
    private static final String SHIFT_WORDS =
            "afgelopen|vorige|vorig|jongstleden|komende|komend|volgende|volgend|aanstaande|deze|dit|last|next|this|coming";
    /** "de afgelopen week", "the last year": with an article these name a stretch of time, not a moment. */
    private static final Set<String> ARTICLES = Set.of("de", "het", "the", "die", "dat", "een", "a");
    /** "de morgen", "elke morgen", "'s morgens": the morning, not tomorrow. */
    /** "the third Friday of every month": a rule for every month, not a day. */
    private static final Set<String> ORDINALS = Set.of("first", "second", "third", "fourth", "fifth", "eerste", "tweede",
            "derde", "vierde", "vijfde", "laatste");
    private static final Pattern NOWADAYS = Pattern.compile("\\s+de\\s+dag(?!\\p{L})");
    private static final Set<String> MORNING_BEFORE = Set.of("de", "die", "deze", "elke", "iedere", "goede", "een",
            "volgende", "vorige", "zelfde", "s");

    /** Fractions of a unit, as a whole number of a smaller unit: "anderhalf jaar" is eighteen months. */
    private static final Map<String, PeriodOffset> FRACTIONS = Map.of(
            "anderhalf jaar", new PeriodOffset(ChronoUnit.MONTHS, 18),
            "een half jaar", new PeriodOffset(ChronoUnit.MONTHS, 6),
            "een halfjaar", new PeriodOffset(ChronoUnit.MONTHS, 6),
            "anderhalve maand", new PeriodOffset(ChronoUnit.WEEKS, 6),
            "half a year", new PeriodOffset(ChronoUnit.MONTHS, 6),
            "a year and a half", new PeriodOffset(ChronoUnit.MONTHS, 18),
            "a month and a half", new PeriodOffset(ChronoUnit.WEEKS, 6));
    private static final String FRACTION_WORDS = DateLexicon.alternation(FRACTIONS.keySet()).replace(" ", "\\E\\s+\\Q");

    private RelativeDateRules() {}

    static List<DateFormScanner.DateRule> all() {
        return List.of(
                // volgende week maandag
                rule(Kind.WEEKDAY, "(?<shift>vorige|afgelopen|volgende|komende|deze)\\s+week\\s+" + weekday("w1"),
                        (text, m) -> weekdayOfWeek(m, weekOffset(lower(m, "shift")))),
                // Monday of next week, Monday next week
                rule(Kind.WEEKDAY, weekday("w1") + "\\s+(?:of\\s+)?(?<shift>last|next|this)\\s+week(?!\\p{L})",
                        (text, m) -> weekdayOfWeek(m, weekOffset(lower(m, "shift")))),
                // donderdag, donderdagavond, afgelopen vrijdag, on Thursday, next Monday, zondag jongstleden
                rule(Kind.WEEKDAY, "(?:(?<cue>" + SHIFT_WORDS + "|op|on)\\s+)?" + weekday("w1")
                        + "(?:\\s+(?<post>jongstleden|j\\.?l\\.|aanstaande|a\\.s\\.))?",
                        RelativeDateRules::weekdayForm),
                // gisteren, vandaag, morgenavond, yesterday, the day after tomorrow, last night
                rule(Kind.DAY_WORD, "(?<!\\p{L}|['’])(?<w>eergisteren|gisteren|gister|gisteravond|gisterochtend|gistermiddag|gisternacht"
                        + "|gistermorgen|vandaag|vanochtend|vanmorgen|vanmiddag|vanavond|vannacht|overmorgen"
                        + "|morgenochtend|morgenavond|morgenmiddag|morgenvroeg|morgen|yesterday|today|tonight|tomorrow"
                        + "|the\\s+day\\s+before\\s+yesterday|the\\s+day\\s+after\\s+tomorrow"
                        + "|this\\s+(?:morning|afternoon|evening)|last\\s+night)(?!\\p{L})",
                        RelativeDateRules::dayWord),
                // vorige week, volgende maand, dit jaar, earlier this week, next year
                rule(Kind.UNIT, "(?:(?<pre>eerder|later|begin|eind|halverwege|earlier|early|late)\\s+)?(?<shift>" + SHIFT_WORDS + ")"
                        + "\\s+(?<unit>week|maand|jaar|month|year)(?!\\p{L})",
                        RelativeDateRules::period),
                // afgelopen weekend, this weekend
                rule(Kind.UNIT, "(?<shift>" + SHIFT_WORDS + ")\\s+weekend(?!\\p{L})",
                        (text, m) -> articleBefore(text, m) ? List.of() : List.of(new Weekend(shiftOf(lower(m, "shift"))))),
                // twee weken geleden, three days ago
                rule(Kind.AGO, "(?<!\\p{L})" + DateLexicon.HEDGE + "(?<n>\\d{1,3}|" + DateLexicon.NUMBER_WORDS + ")\\s+"
                        + DateLexicon.HEDGING_ADJECTIVE + "(?<unit>dagen|dag|weken|week|maanden|maand"
                        + "|jaar|days|day|weeks|week|months|month|years|year)\\s+(?<post>geleden|ago)(?!\\p{L})",
                        (text, m) -> offset(m, -1, lower(m, "post").equals("ago"))),
                // over twee weken, in three days('s time)
                rule(Kind.UNIT, "(?<!\\p{L})(?<pre>over|in)\\s+(?<hedge>" + DateLexicon.HEDGE + ")(?<n>\\d{1,3}|" + DateLexicon.NUMBER_WORDS
                        + ")\\s+" + DateLexicon.HEDGING_ADJECTIVE + "(?<unit>dagen|dag|weken|week"
                        + "|maanden|maand|jaar|days|day|weeks|week|months|month|years|year)(?!\\p{L})(?:['’]s?\\s+time)?",
                        // "the lowest in over a year", "devalued in less than a year": a hedged English count is a span of time
                        (text, m) -> lower(m, "pre").equals("in") && !lower(m, "hedge").isEmpty() ? List.of()
                                : offset(m, 1, lower(m, "pre").equals("in"))),
                // anderhalf jaar geleden, een half jaar geleden, a year and a half ago
                rule(Kind.AGO, "(?<!\\p{L})" + DateLexicon.HEDGE + "(?<frac>" + FRACTION_WORDS + ")\\s+(?<post>geleden|ago)(?!\\p{L})",
                        (text, m) -> fraction(m, -1, lower(m, "post").equals("ago"))),
                // over anderhalf jaar, in half a year
                rule(Kind.UNIT, "(?<!\\p{L})(?<pre>over|in)\\s+(?<frac>" + FRACTION_WORDS + ")(?!\\p{L})",
                        (text, m) -> fraction(m, 1, lower(m, "pre").equals("in"))),
                // krap een week na de verkiezingen, twee dagen voor de stemming, three days after the vote
                rule(Kind.UNIT, "(?<!\\p{L})" + DateLexicon.HEDGE + "(?<n>\\d{1,3}|" + DateLexicon.NUMBER_WORDS + ")\\s+"
                        + DateLexicon.HEDGING_ADJECTIVE + "(?<unit>dagen|dag|weken|week|maanden|maand|days|day|weeks|months|month)"
                        + "\\s+(?<dir>na|voor|vóór|after|before)\\s+(?:de|het|the)\\s+(?<anchor>\\p{L}{4,})(?!\\p{L})",
                        RelativeDateRules::anchored));
    }

    private static List<DateForm> weekdayForm(String text, Matcher m) {
        if (badWeekday(m, "w1")) return List.of();
        List<String> before = DateFormScanner.wordsBefore(text, m.start(), 1);
        if (!before.isEmpty() && ORDINALS.contains(before.get(0))) return List.of();
        DayOfWeek day = weekdayOf(m, "w1").orElseThrow();
        String post = lower(m, "post");
        Shift shift = shiftOf(post.isEmpty() ? lower(m, "cue") : post);
        return List.of(new Weekday(day, shift));
    }

    private static List<DateForm> weekdayOfWeek(Matcher m, int weekOffset) {
        if (badWeekday(m, "w1")) return List.of();
        return List.of(new WeekdayOfWeek(weekdayOf(m, "w1").orElseThrow(), weekOffset));
    }

    private static int weekOffset(String shift) {
        return switch (shiftOf(shift)) {
            case PREVIOUS -> -1;
            case NEXT -> 1;
            default -> 0;
        };
    }

    private static List<DateForm> dayWord(String text, Matcher m) {
        String w = lower(m, "w");
        if (w.startsWith("morgen")) {
            List<String> before = DateFormScanner.wordsBefore(text, m.start(), 1);
            if (!before.isEmpty() && MORNING_BEFORE.contains(before.get(0))) return List.of();
        }
        if (capitalisedMidSentence(text, m.start("w"))) return List.of();
        if (w.equals("vandaag") && NOWADAYS.matcher(text).region(m.end(), text.length()).lookingAt()) return List.of();
        int days;
        if (w.equals("eergisteren") || w.equals("the day before yesterday")) days = -2;
        else if (w.startsWith("gister") || w.equals("yesterday") || w.equals("last night")) days = -1;
        else if (w.equals("overmorgen") || w.equals("the day after tomorrow")) days = 2;
        else if (w.startsWith("morgen") || w.equals("tomorrow")) days = 1;
        else days = 0;
        return List.of(new DayOffset(days));
    }

    /** "De Morgen", "Today": a day word capitalised inside a sentence is a name (a newspaper, a programme). */
    private static boolean capitalisedMidSentence(String text, int at) {
        if (!Character.isUpperCase(text.charAt(at))) return false;
        int j = at;
        while (j > 0 && Character.isWhitespace(text.charAt(j - 1))) j--;
        if (j == 0) return false;
        char before = text.charAt(j - 1);
        return Character.isLetterOrDigit(before) || before == ',';
    }

    private static List<DateForm> period(String text, Matcher m) {
        if (lower(m, "pre").isEmpty() && articleBefore(text, m)) return List.of();
        ChronoUnit unit = switch (lower(m, "unit")) {
            case "week" -> ChronoUnit.WEEKS;
            case "maand", "month" -> ChronoUnit.MONTHS;
            default -> ChronoUnit.YEARS;
        };
        int amount = switch (shiftOf(lower(m, "shift"))) {
            case PREVIOUS -> -1;
            case NEXT -> 1;
            default -> 0;
        };
        return List.of(new PeriodOffset(unit, amount));
    }

    /** "drie dagen geleden" or "over drie dagen": Dutch counts take Dutch units, English ones English units. */
    private static List<DateForm> offset(Matcher m, int sign, boolean english) {
        String unit = lower(m, "unit");
        boolean englishUnit = unit.matches("days?|weeks?|months?|years?") && !unit.equals("week");
        if (!unit.equals("week") && englishUnit != english) return List.of();
        OptionalInt n = DateLexicon.number(m.group("n"));
        if (n.isEmpty() || n.getAsInt() == 0) return List.of();
        int amount = sign * n.getAsInt();
        if (unit.startsWith("dag") || unit.startsWith("day")) return List.of(new DayOffset(amount));
        if (unit.startsWith("we")) return List.of(new PeriodOffset(ChronoUnit.WEEKS, amount));
        if (unit.startsWith("maand") || unit.startsWith("month")) return List.of(new PeriodOffset(ChronoUnit.MONTHS, amount));
        return List.of(new PeriodOffset(ChronoUnit.YEARS, amount));
    }

    /** "anderhalf jaar geleden", "in half a year": Dutch fractions take Dutch markers, English ones English. */
    private static List<DateForm> fraction(Matcher m, int sign, boolean englishMarker) {
        PeriodOffset p = FRACTIONS.get(lower(m, "frac"));
        boolean english = lower(m, "frac").startsWith("a ") || lower(m, "frac").startsWith("half a");
        if (english != englishMarker) return List.of();
        return List.of(new PeriodOffset(p.unit(), sign * p.amount()));
    }

    /** "een week na de verkiezingen": Dutch counts with Dutch units and words, English with English. */
    private static List<DateForm> anchored(String text, Matcher m) {
        String dir = lower(m, "dir");
        boolean english = dir.equals("after") || dir.equals("before");
        List<DateForm> counted = offset(m, dir.equals("na") || dir.equals("after") ? 1 : -1, english);
        if (counted.isEmpty()) return List.of();
        String anchor = m.group("anchor").toLowerCase(java.util.Locale.ROOT);
        if (counted.get(0) instanceof DayOffset d) return List.of(new AnchoredOffset(ChronoUnit.DAYS, d.days(), anchor));
        PeriodOffset p = (PeriodOffset) counted.get(0);
        return List.of(new AnchoredOffset(p.unit(), p.amount(), anchor));
    }

    private static boolean articleBefore(String text, Matcher m) {
        List<String> before = DateFormScanner.wordsBefore(text, m.start(), 1);
        return !before.isEmpty() && ARTICLES.contains(before.get(0));
    }
}
