package org.dossier.render;

import java.time.format.TextStyle;
import java.time.Month;
import java.util.Locale;
import org.dossier.model.PartialDate;

/** Dates as readers read them, in the site's English: "2 January 2022", "January 2022", "2022". */
public final class DateLabels {
    private DateLabels() {}

    public static String of(PartialDate date) {
        return switch (date.precision()) {
            case YEAR -> Integer.toString(date.year());
            case MONTH -> month(date) + " " + date.year();
            case DAY -> date.day() + " " + month(date) + " " + date.year();
        };
    }

    private static String month(PartialDate date) {
        return Month.of(date.month()).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }
}
