package org.dossier.analyze.time;

import java.time.DayOfWeek;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The words of dates in Dutch and English: months, weekdays and small numbers. English month and
 * weekday names count only when capitalised, as English writes them, so that "may" and "march" stay
 * verbs; Dutch names count in any case (they open sentences capitalised).
 */
final class DateLexicon {
    /** A month word: {@code abbreviation}s need a number beside them to count as a date. */
    record MonthWord(int month, boolean englishOnly, boolean abbreviation) {}

    private static final Map<String, MonthWord> MONTHS = Map.ofEntries(
            Map.entry("januari", new MonthWord(1, false, false)), Map.entry("january", new MonthWord(1, true, false)),
            Map.entry("februari", new MonthWord(2, false, false)), Map.entry("february", new MonthWord(2, true, false)),
            Map.entry("maart", new MonthWord(3, false, false)), Map.entry("march", new MonthWord(3, true, false)),
            Map.entry("april", new MonthWord(4, false, false)),
            Map.entry("mei", new MonthWord(5, false, false)), Map.entry("may", new MonthWord(5, true, false)),
            Map.entry("juni", new MonthWord(6, false, false)), Map.entry("june", new MonthWord(6, true, false)),
            Map.entry("juli", new MonthWord(7, false, false)), Map.entry("july", new MonthWord(7, true, false)),
            Map.entry("augustus", new MonthWord(8, false, false)), Map.entry("august", new MonthWord(8, true, false)),
            Map.entry("september", new MonthWord(9, false, false)),
            Map.entry("oktober", new MonthWord(10, false, false)), Map.entry("october", new MonthWord(10, true, false)),
            Map.entry("november", new MonthWord(11, false, false)),
            Map.entry("december", new MonthWord(12, false, false)),
            Map.entry("jan", new MonthWord(1, false, true)), Map.entry("feb", new MonthWord(2, false, true)),
            Map.entry("mrt", new MonthWord(3, false, true)), Map.entry("mar", new MonthWord(3, true, true)),
            Map.entry("apr", new MonthWord(4, false, true)), Map.entry("jun", new MonthWord(6, false, true)),
            Map.entry("jul", new MonthWord(7, false, true)), Map.entry("aug", new MonthWord(8, false, true)),
            Map.entry("sep", new MonthWord(9, false, true)), Map.entry("sept", new MonthWord(9, false, true)),
            Map.entry("okt", new MonthWord(10, false, true)), Map.entry("oct", new MonthWord(10, true, true)),
            Map.entry("nov", new MonthWord(11, false, true)), Map.entry("dec", new MonthWord(12, false, true)));

    private static final Map<String, DayOfWeek> WEEKDAYS = Map.ofEntries(
            Map.entry("maandag", DayOfWeek.MONDAY), Map.entry("dinsdag", DayOfWeek.TUESDAY),
            Map.entry("woensdag", DayOfWeek.WEDNESDAY), Map.entry("donderdag", DayOfWeek.THURSDAY),
            Map.entry("vrijdag", DayOfWeek.FRIDAY), Map.entry("zaterdag", DayOfWeek.SATURDAY),
            Map.entry("zondag", DayOfWeek.SUNDAY),
            Map.entry("monday", DayOfWeek.MONDAY), Map.entry("tuesday", DayOfWeek.TUESDAY),
            Map.entry("wednesday", DayOfWeek.WEDNESDAY), Map.entry("thursday", DayOfWeek.THURSDAY),
            Map.entry("friday", DayOfWeek.FRIDAY), Map.entry("saturday", DayOfWeek.SATURDAY),
            Map.entry("sunday", DayOfWeek.SUNDAY));

    private static final Map<String, Integer> NUMBERS = Map.ofEntries(
            Map.entry("een", 1), Map.entry("één", 1), Map.entry("twee", 2), Map.entry("drie", 3),
            Map.entry("vier", 4), Map.entry("vijf", 5), Map.entry("zes", 6), Map.entry("zeven", 7),
            Map.entry("acht", 8), Map.entry("negen", 9), Map.entry("tien", 10), Map.entry("elf", 11),
            Map.entry("twaalf", 12), Map.entry("vijftien", 15), Map.entry("twintig", 20),
            Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("fifteen", 15), Map.entry("twenty", 20));

    /** The first month of each season, meteorological: spring March to May, summer June to August, and so on. */
    private static final Map<String, Integer> SEASONS = Map.ofEntries(
            Map.entry("lente", 3), Map.entry("voorjaar", 3), Map.entry("zomer", 6), Map.entry("herfst", 9),
            Map.entry("najaar", 9), Map.entry("winter", 12),
            Map.entry("spring", 3), Map.entry("summer", 6), Map.entry("autumn", 9), Map.entry("fall", 9));

    /** Which quarter of the year an ordinal names: "derde kwartaal", "3e kwartaal", "third quarter". */
    private static final Map<String, Integer> QUARTERS = Map.ofEntries(
            Map.entry("eerste", 1), Map.entry("1e", 1), Map.entry("1ste", 1), Map.entry("first", 1), Map.entry("1st", 1),
            Map.entry("tweede", 2), Map.entry("2e", 2), Map.entry("2de", 2), Map.entry("second", 2), Map.entry("2nd", 2),
            Map.entry("derde", 3), Map.entry("3e", 3), Map.entry("3de", 3), Map.entry("third", 3), Map.entry("3rd", 3),
            Map.entry("vierde", 4), Map.entry("4e", 4), Map.entry("4de", 4), Map.entry("fourth", 4), Map.entry("4th", 4),
            Map.entry("laatste", 4), Map.entry("last", 4), Map.entry("final", 4));

    /**
     * Words that make a count approximate without changing the unit it counts ("ruim twee weken", "krap een
     * week", "nearly a year"): the count is read as written, at the unit's precision.
     */
    private static final java.util.List<String> HEDGES = java.util.List.of("ruim", "krap", "bijna", "ongeveer", "circa",
            "zo'n", "zo’n", "pakweg", "ruwweg", "nog geen", "meer dan", "minder dan", "nearly", "almost", "about",
            "around", "some", "roughly", "more than", "less than", "just over", "just under", "barely", "over");
    /** Adjectives between the count and its unit that hedge it the same way: "een dikke week", "a good month". */
    private static final java.util.List<String> HEDGING_ADJECTIVES = java.util.List.of("dikke", "goede", "ruime", "krappe",
            "kleine", "volle", "good", "full");

    /** Regex alternation of every month word, longest first so that "sept" wins over "sep". */
    static final String MONTH_WORDS = alternation(MONTHS.keySet());
    static final String WEEKDAY_WORDS = alternation(WEEKDAYS.keySet());
    static final String NUMBER_WORDS = alternation(NUMBERS.keySet());
    static final String SEASON_WORDS = alternation(SEASONS.keySet());
    static final String QUARTER_WORDS = alternation(QUARTERS.keySet());
    /** An optional hedge before a count, with its space: "(?:ruim\s+)?". */
    static final String HEDGE = "(?:(?:" + alternation(HEDGES).replace(" ", "\\E\\s+\\Q") + ")\\s+)?";
    /** An optional hedging adjective between a count and its unit, with its space. */
    static final String HEDGING_ADJECTIVE = "(?:(?:" + alternation(HEDGING_ADJECTIVES) + ")\\s+)?";

    private DateLexicon() {}

    /** The month a word names, honouring the capitalisation rule; empty for anything else. */
    static Optional<MonthWord> month(String word) {
        MonthWord m = MONTHS.get(key(word));
        if (m == null || (m.englishOnly() && !Character.isUpperCase(word.charAt(0)))) return Optional.empty();
        return Optional.of(m);
    }

    /** The weekday a word names ("donderdag", "Thursday"), honouring the capitalisation rule. */
    static Optional<DayOfWeek> weekday(String word) {
        String k = key(word);
        DayOfWeek d = WEEKDAYS.get(k);
        if (d == null || (k.endsWith("day") && !Character.isUpperCase(word.charAt(0)))) return Optional.empty();
        return Optional.of(d);
    }

    /** The first month of the season a word names ("zomer" 6, "autumn" 9); 0 for anything else. */
    static int season(String word) {
        return SEASONS.getOrDefault(key(word), 0);
    }

    /** The quarter an ordinal names ("derde" 3, "Q3" 3); 0 for anything else. */
    static int quarter(String word) {
        String k = key(word);
        if (k.length() == 2 && k.charAt(0) == 'q') return k.charAt(1) - '0';
        return QUARTERS.getOrDefault(k, 0);
    }

    /** A count in digits or words ("3", "drie", "three", "a"); empty when it is neither. */
    static OptionalInt number(String word) {
        if (word.chars().allMatch(Character::isDigit) && !word.isEmpty() && word.length() <= 3) {
            return OptionalInt.of(Integer.parseInt(word));
        }
        Integer n = NUMBERS.get(key(word));
        return n == null ? OptionalInt.empty() : OptionalInt.of(n);
    }

    private static String key(String word) {
        String k = word.toLowerCase(Locale.ROOT);
        return k.endsWith(".") ? k.substring(0, k.length() - 1) : k;
    }

    static String alternation(java.util.Collection<String> words) {
        return words.stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(Pattern::quote)
                .collect(Collectors.joining("|"));
    }
}
