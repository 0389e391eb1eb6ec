package org.dossier.analyze.time;

import static org.dossier.analyze.time.DatePatterns.intOf;
import static org.dossier.analyze.time.DatePatterns.lower;
import static org.dossier.analyze.time.DatePatterns.rule;
import static org.dossier.analyze.time.DatePatterns.shiftOf;
import static org.dossier.analyze.time.DatePatterns.year;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import org.dossier.analyze.time.DateForm.Holiday;
import org.dossier.analyze.time.DateTriggers.Kind;

/** The rule for holidays: "met Kerstmis", "Pasen 2024", "afgelopen Koningsdag", "on Christmas Day", "last Easter". */
final class HolidayRules {
    /** Words that make a holiday name a date when it could be a modifier ("Christmas sales"). */
    private static final String CUES = "afgelopen|vorige|vorig|komende|komend|volgende|aanstaande|deze|dit|last|next|this|coming"
            + "|op|met|rond|rondom|tijdens|on|at|over|around|during";

    private HolidayRules() {}

    static List<DateFormScanner.DateRule> all() {
        return List.of(rule(Kind.HOLIDAY, "(?:(?<cue>" + CUES + ")\\s+)?(?<!\\p{L})(?<h>" + Holidays.NAME_WORDS + ")(?![\\p{L}'’])"
                + "(?:\\s+(?:van\\s+|of\\s+)?" + year("y1") + ")?", HolidayRules::holiday));
    }

    private static List<DateForm> holiday(String text, Matcher m) {
        Optional<Holidays.Name> name = Holidays.named(m.group("h"));
        if (name.isEmpty()) return List.of();
        String cue = lower(m, "cue");
        int year = intOf(m, "y1");
        if (name.get().needsCue() && cue.isEmpty() && year == 0) return List.of();
        return List.of(new Holiday(name.get().day(), year, shiftOf(cue)));
    }
}
