package org.dossier.analyze.time;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Regex fragments shared by the date rules, each capturing into a group of the caller's name. */
final class DatePatterns {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private DatePatterns() {}

    /** A day of the month, 1 to 31, with an optional ordinal ending ("2nd", "3e"); not part of 10.30 or 2,5. */
    static String day(String group) {
        return "(?<" + group + ">(?<![\\d.,:/])(?:[12]\\d|3[01]|0?[1-9])(?!\\d|[.,:]\\d))(?:st|nd|rd|th|ste|de|e)?";
    }

    /** A month word; an abbreviation's full stop belongs to it only when a number follows ("Jan. 2"). */
    static String month(String group) {
        return "(?<!\\p{L})(?<" + group + ">" + DateLexicon.MONTH_WORDS + ")(?:\\.(?=\\s*\\d))?(?!\\p{L})";
    }

    /** A four-digit year from 1500 to 2099, not part of a longer number, a decade ("1960s") or a season ("1985/86"). */
    static String year(String group) {
        return "(?<" + group + ">(?<![\\d.,])(?:1[5-9]\\d\\d|20\\d\\d)(?!\\d|[.,]\\d|['’]?s(?!\\p{L})|/\\d))";
    }

    /** A weekday, with the Dutch part of the day glued on ("donderdagavond") or the English one after it. */
    static String weekday(String group) {
        return "(?<!\\p{L})(?<" + group + ">" + DateLexicon.WEEKDAY_WORDS + ")"
                + "(?:ochtend|morgen|middag|avond|nacht)?(?!\\p{L})"
                + "(?:\\s+(?:morning|afternoon|evening|night)(?!\\p{L}))?";
    }

    static Pattern compile(String regex) {
        return Pattern.compile(regex, FLAGS);
    }

    static DateFormScanner.DateRule rule(DateTriggers.Kind trigger, String regex, BiFunction<String, Matcher, List<DateForm>> read) {
        Pattern pattern = compile(regex);
        return new DateFormScanner.DateRule() {
            @Override
            public Pattern pattern() {
                return pattern;
            }

            @Override
            public DateTriggers.Kind trigger() {
                return trigger;
            }

            @Override
            public List<DateForm> read(String text, Matcher m) {
                return read.apply(text, m);
            }
        };
    }

    /** A rule that reads nothing but marks as impossible the matches the predicate names. */
    static DateFormScanner.DateRule impossible(String regex, java.util.function.Predicate<Matcher> isImpossible) {
        Pattern pattern = compile(regex);
        return new DateFormScanner.DateRule() {
            @Override
            public Pattern pattern() {
                return pattern;
            }

            @Override
            public DateTriggers.Kind trigger() {
                return DateTriggers.Kind.MONTH;
            }

            @Override
            public List<DateForm> read(String text, Matcher m) {
                return List.of();
            }

            @Override
            public boolean impossible(String text, Matcher m) {
                return isImpossible.test(m);
            }
        };
    }

    /** The month a captured group names, honouring capitalisation; abbreviations only when allowed. */
    static OptionalInt monthOf(Matcher m, String group, boolean allowAbbreviation) {
        String word = m.group(group);
        if (word == null) return OptionalInt.empty();
        Optional<DateLexicon.MonthWord> w = DateLexicon.month(word);
        if (w.isEmpty() || (w.get().abbreviation() && !allowAbbreviation)) return OptionalInt.empty();
        return OptionalInt.of(w.get().month());
    }

    static int intOf(Matcher m, String group) {
        String s = m.group(group);
        return s == null ? 0 : Integer.parseInt(s);
    }

    /** The weekday of a captured group; empty when absent or not a weekday (see {@link #badWeekday}). */
    static Optional<DayOfWeek> weekdayOf(Matcher m, String group) {
        String word = m.group(group);
        return word == null ? Optional.empty() : DateLexicon.weekday(word);
    }

    /** Whether the group captured something that is no weekday by the capitalisation rule ("thursday"). */
    static boolean badWeekday(Matcher m, String group) {
        String word = m.group(group);
        return word != null && DateLexicon.weekday(word).isEmpty();
    }

    static String lower(Matcher m, String group) {
        String s = m.group(group);
        return s == null ? "" : s.toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ");
    }

    static DateForm.Shift shiftOf(String word) {
        return switch (word.replace(".", "")) {
            case "afgelopen", "vorige", "vorig", "jongstleden", "jl", "last", "past" -> DateForm.Shift.PREVIOUS;
            case "komende", "komend", "volgende", "volgend", "aanstaande", "as", "next", "coming" -> DateForm.Shift.NEXT;
            case "deze", "dit", "this" -> DateForm.Shift.THIS;
            default -> DateForm.Shift.NONE;
        };
    }
}
