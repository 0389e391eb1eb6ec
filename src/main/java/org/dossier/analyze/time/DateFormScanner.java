package org.dossier.analyze.time;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.text.TextRange;

/**
 * Finds temporal expressions in text and says what each one says ({@link DateForm}), without resolving
 * anything. Every rule proposes candidates; the longest wins where they overlap, so "9 en 10 januari"
 * beats "10 januari". Not expressions: clock times and durations ("50 minuten", "al jaren", "de
 * afgelopen week"), frequencies ("elke donderdag") and dates that bound a state ("sinds januari", "tot
 * 12 januari"); dates that no calendar has ("31 februari"). A year after "sinds" is the exception: "sinds
 * 1972" names the year something began, and is read as that year (see {@link AbsoluteDateRules}).
 */
public final class DateFormScanner {
    /** One expression found: where it stands and what it says; a list of two or more days gives several forms. */
    public record Found(TextRange at, List<DateForm> forms) {
        public Found {
            forms = List.copyOf(forms);
        }
    }

    /** Words that make the date that follows a bound, a frequency or a deadline rather than an event. */
    private static final Set<String> NOT_AN_EVENT_AFTER = Set.of(
            "sinds", "sedert", "since", "tot", "totdat", "until", "till", "uiterlijk", "by",
            "elke", "elken", "iedere", "ieder", "every", "each", "alle");

    private static final Comparator<Candidate> PRIORITY = Comparator
            .comparingInt((Candidate c) -> -c.at().length())
            .thenComparingInt(c -> c.at().start())
            .thenComparingInt(Candidate::rule);

    private record Candidate(TextRange at, List<DateForm> forms, int rule) {}

    private final List<DateRule> rules;
    /** For each rule, the ASCII characters a match of it can start with (see {@link #startCharacters}). */
    private final List<boolean[]> starts;

    private DateFormScanner(List<DateRule> rules) {
        this.rules = List.copyOf(rules);
        this.starts = this.rules.stream().map(rule -> startCharacters(rule.pattern())).toList();
    }

    /**
     * The ASCII characters that a match of {@code pattern} can start with: trying a rule at every place of a
     * window is most of the time analysis, and most places hold a character no match starts with. Asked of
     * the pattern itself, one character at a time: when the character alone fails to match without the engine
     * reaching its end, no text that starts with it can match. That holds as the rules have no anchors, word
     * boundaries or lookbehinds that must see a character (only ones that must not, which a text can fail
     * but this character alone cannot).
     */
    static boolean[] startCharacters(Pattern pattern) {
        boolean[] starts = new boolean[128];
        for (char c = 0; c < 128; c++) {
            Matcher alone = pattern.matcher(String.valueOf(c));
            starts[c] = alone.lookingAt() || alone.hitEnd();
        }
        return starts;
    }

    /** The scanner for Dutch and English, both at once: news in one quotes the other. */
    public static DateFormScanner dutchAndEnglish() {
        List<DateRule> all = new ArrayList<>(AbsoluteDateRules.all());
        all.addAll(RelativeDateRules.all());
        all.addAll(PeriodDateRules.all());
        all.addAll(HolidayRules.all());
        all.addAll(NumericDateRules.all());
        return new DateFormScanner(all);
    }

    /** The rules, in priority order. */
    List<DateRule> rules() {
        return rules;
    }

    /** Every expression in {@code text}, in text order, none overlapping another. */
    public List<Found> scan(String text) {
        Map<DateTriggers.Kind, List<DateTriggers.Window>> windowsByKind = DateTriggers.windows(text);
        if (windowsByKind.isEmpty()) return List.of();
        List<Candidate> candidates = new ArrayList<>();
        for (int r = 0; r < rules.size(); r++) {
            DateRule rule = rules.get(r);
            List<DateTriggers.Window> windows = windowsByKind.getOrDefault(rule.trigger(), List.of());
            if (windows.isEmpty()) continue;
            Matcher m = rule.pattern().matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            boolean[] starts = this.starts.get(r);
            for (DateTriggers.Window window : windows) {
                int from = window.start();
                while (find(m, text, starts, from, window)) {
                    List<DateForm> forms = notAnEvent(text, m.start()) ? List.of() : rule.read(text, m);
                    if (forms.isEmpty() && rule.impossible(text, m)) {
                        // "30 februari 2022": no date, and its month and year alone must not become one either.
                        candidates.add(new Candidate(new TextRange(m.start(), m.end()), List.of(), r));
                        from = m.end() == m.start() ? m.end() + 1 : m.end();
                    } else if (forms.isEmpty()) {
                        // Try again one character on: a shorter reading may start inside this one.
                        if (m.start() + 1 > window.end()) break;
                        from = m.start() + 1;
                    } else {
                        candidates.add(new Candidate(new TextRange(m.start(), m.end()), forms, r));
                        from = m.end() == m.start() ? m.end() + 1 : m.end();
                    }
                }
            }
        }
        candidates.sort(PRIORITY);
        List<Candidate> chosen = new ArrayList<>();
        for (Candidate c : candidates) {
            if (chosen.stream().noneMatch(o -> o.at().overlaps(c.at().start(), c.at().end()))) chosen.add(c);
        }
        chosen.sort(Comparator.comparingInt(c -> c.at().start()));
        return chosen.stream().filter(c -> !c.forms().isEmpty()).map(c -> new Found(c.at(), c.forms())).toList();
    }

    /**
     * The first match that starts at or after {@code from} and ends within the window, as {@link Matcher#find()}
     * over the window would find it; but only starts up to the window's last trigger word are tried, as a
     * match holds a trigger word of its rule's kind (the room after it is for the match's end), and only
     * where the character is one a match can start with ({@code starts}, for ASCII).
     */
    private static boolean find(Matcher m, String text, boolean[] starts, int from, DateTriggers.Window window) {
        for (int p = from; p <= window.lastTrigger(); p++) {
            char c = text.charAt(p);
            if (c < 128 && !starts[c]) continue;
            m.region(p, window.end());
            if (m.lookingAt()) return true;
        }
        return false;
    }

    private static boolean notAnEvent(String text, int start) {
        List<String> before = wordsBefore(text, start, 3);
        if (before.isEmpty()) return false;
        String last = before.get(before.size() - 1);
        if (NOT_AN_EVENT_AFTER.contains(last)) return true;
        // "tot en met 12 januari" and "up to / through" are bounds too.
        return before.size() == 3 && last.equals("met") && before.get(0).equals("tot") && before.get(1).equals("en");
    }

    /** Up to {@code count} words before {@code position}, lower-cased, nearest last. */
    static List<String> wordsBefore(String text, int position, int count) {
        List<String> words = new ArrayList<>();
        int j = position;
        while (words.size() < count) {
            while (j > 0 && Character.isWhitespace(text.charAt(j - 1))) j--;
            int end = j;
            while (j > 0 && (Character.isLetter(text.charAt(j - 1)) || text.charAt(j - 1) == '\'')) j--;
            if (j == end) break;
            words.add(0, text.substring(j, end).toLowerCase(Locale.ROOT));
        }
        return words;
    }

    /** One way of writing a date: a pattern and how to read its match; an empty reading rejects it. */
    interface DateRule {
        Pattern pattern();

        /** The kind of word every match holds; the rule runs only near such words. */
        DateTriggers.Kind trigger();

        List<DateForm> read(String text, Matcher m);

        /** Whether a match that reads as nothing is a date no calendar has, which hides what it overlaps. */
        default boolean impossible(String text, Matcher m) {
            return false;
        }
    }
}
