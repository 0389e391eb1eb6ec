package org.dossier.analyze.time;

import static org.dossier.analyze.time.DatePatterns.intOf;
import static org.dossier.analyze.time.DatePatterns.rule;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import org.dossier.analyze.time.DateTriggers.Kind;

/**
 * Rules for dates in digits with a four-digit year. With hyphens or dots the day comes first, as Dutch
 * and the rest of Europe write it ("2-1-2022" is 2 January). Slashes are how American text writes the
 * month first and British text the day first, and news in English uses both: a slashed date counts only
 * when one reading is impossible ("25/12/2023", "12/25/2023"); "2/1/2022" is left out. ISO dates
 * ("2022-01-02") read as ISO.
 */
final class NumericDateRules {
    private static final String YEAR = "(?<y>(?:1[5-9]|20)\\d\\d)(?!\\d|[.,]\\d)";
    private static final String DAY = "(?<d>0?[1-9]|[12]\\d|3[01])";
    private static final String MONTH = "(?<mo>0?[1-9]|1[0-2])";

    private NumericDateRules() {}

    static List<DateFormScanner.DateRule> all() {
        return List.of(
                // 2-1-2022, 02.01.2022, 25/12/2023
                rule(Kind.YEAR, "(?<![\\d./-])" + DAY + "(?<sep>[-./])" + MONTH + "\\k<sep>" + YEAR,
                        (text, m) -> m.group("sep").equals("/") && intOf(m, "d") <= 12 ? List.of() : day(m)),
                // 12/25/2023: the month first, as only American text writes it
                rule(Kind.YEAR, "(?<![\\d./-])" + MONTH + "/(?<d>1[3-9]|2\\d|3[01])/" + YEAR,
                        (text, m) -> day(m)),
                // 2022-01-02
                rule(Kind.YEAR, "(?<![\\d./-])" + YEAR + "-(?<mo>0[1-9]|1[0-2])-(?<d>0[1-9]|[12]\\d|3[01])(?![\\d.,/-]\\d)",
                        (text, m) -> day(m)));
    }

    private static List<DateForm> day(Matcher m) {
        return AbsoluteDateRules.dayMonth(intOf(m, "d"), intOf(m, "mo"), intOf(m, "y"), Optional.empty())
                .<List<DateForm>>map(List::of).orElse(List.of());
    }
}
