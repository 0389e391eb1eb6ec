package org.dossier.analyze.time;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.YearMonth;
import java.util.Optional;
import org.dossier.model.PartialDate;

/**
 * Fuzz target for the date rules: any text against any reference date the model can hold (year 1 to 9999,
 * at any precision, or none) resolves or leaves expressions unresolved, never throws.
 */
class DateRulesFuzzTest {
    @FuzzTest(maxDuration = "60s")
    void dateRules(FuzzedDataProvider data) {
        int precision = data.consumeInt(0, 3);
        int year = data.consumeBoolean() ? data.pickValue(new Integer[] {1, 2, 9998, 9999}) : data.consumeInt(1, 9999);
        int month = data.consumeInt(1, 12);
        int day = data.consumeInt(1, YearMonth.of(year, month).lengthOfMonth());
        Optional<PartialDate> reference = switch (precision) {
            case 0 -> Optional.empty();
            case 1 -> Optional.of(PartialDate.ofYear(year));
            case 2 -> Optional.of(PartialDate.ofMonth(year, month));
            default -> Optional.of(new PartialDate(year, month, day));
        };
        TimeExpressions.find(data.consumeRemainingAsString(), reference);
    }
}
