package org.dossier.analyze.time;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where in a text a date can stand at all: around a word no temporal expression does without (a month,
 * a weekday, "gisteren", "week", "geleden", "ago") or a four-digit year. Each rule scans only the
 * windows of the kind it needs, which keeps the regexes off the long stretches of text without dates.
 */
final class DateTriggers {
    /** Room before a trigger for the start of the longest expression ("tussen 13, 14, 15 en 16 augustus"). */
    private static final int BEFORE = 36;
    /**
     * Room after it for the rest ("december 30, 2021 to"; a later month or year is a trigger of its own),
     * and for the happening an offset counts from ("een week na de gemeenteraadsverkiezingen").
     */
    private static final int AFTER = 40;

    /** The kinds of word a rule cannot match without. */
    enum Kind { MONTH, WEEKDAY, YEAR, DAY_WORD, UNIT, AGO, SEASON, HOLIDAY }

    private static final Map<String, Kind> WORDS = words();
    /** Whether some trigger word starts with these two ASCII letters, lower-cased: most words need no lookup. */
    private static final boolean[] PREFIXES = prefixes();

    /**
     * A window of text a rule scans, and where the last trigger word in it starts: every match holds a
     * trigger word of the rule's kind, so no match starts after {@code lastTrigger}; the room after it is
     * there for the end of a match only.
     */
    record Window(int start, int end, int lastTrigger) {}

    private DateTriggers() {}

    /** For each kind, disjoint windows in text order that hold every place a rule of that kind could match. */
    static Map<Kind, List<Window>> windows(String text) {
        Map<Kind, List<Window>> windows = new EnumMap<>(Kind.class);
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            int j = i + 1;
            Kind kind = null;
            if (Character.isLetter(c)) {
                while (j < n && Character.isLetter(text.charAt(j))) j++;
                if (j - i >= 2 && j - i <= 20 && mayTrigger(text.charAt(i), text.charAt(i + 1))) {
                    kind = WORDS.get(text.substring(i, j).toLowerCase(Locale.ROOT));
                }
            } else if (c >= '0' && c <= '9') {
                while (j < n && text.charAt(j) >= '0' && text.charAt(j) <= '9') j++;
                if (j - i == 4) {
                    int year = Integer.parseInt(text, i, j, 10);
                    if (year >= 1500 && year <= 2099) kind = Kind.YEAR;
                }
            }
            if (kind != null) add(windows.computeIfAbsent(kind, k -> new ArrayList<>()), Math.max(0, i - BEFORE), Math.min(n, j + AFTER), i);
            i = j;
        }
        return windows;
    }

    private static void add(List<Window> windows, int start, int end, int trigger) {
        if (!windows.isEmpty() && start <= windows.get(windows.size() - 1).end()) {
            Window last = windows.get(windows.size() - 1);
            windows.set(windows.size() - 1, new Window(last.start(), end, trigger));
        } else {
            windows.add(new Window(start, end, trigger));
        }
    }

    /** False only when no trigger word can start with these two characters (both ASCII, any case). */
    private static boolean mayTrigger(char a, char b) {
        if (a >= 128 || b >= 128) return true;
        return PREFIXES[Character.toLowerCase(a) * 128 + Character.toLowerCase(b)];
    }

    private static boolean[] prefixes() {
        boolean[] prefixes = new boolean[128 * 128];
        for (String word : WORDS.keySet()) {
            char a = word.charAt(0);
            char b = word.charAt(1);
            if (a < 128 && b < 128) prefixes[a * 128 + b] = true;
        }
        return prefixes;
    }

    private static Map<String, Kind> words() {
        Map<String, Kind> words = new HashMap<>();
        for (String month : DateLexicon.MONTH_WORDS.replace("\\Q", "").replace("\\E", "").split("\\|")) words.put(month, Kind.MONTH);
        for (String day : DateLexicon.WEEKDAY_WORDS.replace("\\Q", "").replace("\\E", "").split("\\|")) {
            words.put(day, Kind.WEEKDAY);
            for (String part : List.of("ochtend", "morgen", "middag", "avond", "nacht")) words.put(day + part, Kind.WEEKDAY);
        }
        for (String w : List.of("eergisteren", "gisteren", "gister", "gisteravond", "gisterochtend", "gistermiddag",
                "gisternacht", "gistermorgen", "vandaag", "vanochtend", "vanmorgen", "vanmiddag", "vanavond", "vannacht",
                "overmorgen", "morgen", "morgenochtend", "morgenavond", "morgenmiddag", "morgenvroeg",
                "yesterday", "today", "tonight", "tomorrow", "night", "morning", "afternoon", "evening")) {
            words.put(w, Kind.DAY_WORD);
        }
        for (String w : List.of("dag", "dagen", "week", "weken", "weekend", "maand", "maanden", "jaar", "day", "days",
                "weeks", "month", "months", "year", "years")) {
            words.put(w, Kind.UNIT);
        }
        for (String season : DateLexicon.SEASON_WORDS.replace("\\Q", "").replace("\\E", "").split("\\|")) words.put(season, Kind.SEASON);
        for (String first : Holidays.FIRST_WORDS) words.putIfAbsent(first, Kind.HOLIDAY);
        words.put("geleden", Kind.AGO);
        words.put("ago", Kind.AGO);
        return Map.copyOf(words);
    }
}
