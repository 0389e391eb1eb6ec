package org.dossier.render.timeline;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.dossier.model.PartialDate;

/**
 * Every word the timeline drawing writes: axis labels, the dates of its tooltips and the sentence that
 * describes it. One small interface so the site's message files can supply them; {@link #of(Locale)}
 * takes month names from the JDK's CLDR data meanwhile.
 */
public interface TimelineWords {
    /** A month on the axis, short: "Jan", "jan." */
    String month(int month);

    /** A year on the axis (and the label of a decade's tick). */
    default String year(int year) {
        return Integer.toString(year);
    }

    /** A day on the axis; with its month where the month is not yet named: "9", "9 Jan". */
    default String day(int day, int month, boolean withMonth) {
        return withMonth ? day + " " + month(month) : Integer.toString(day);
    }

    /** An entry's date in its tooltip: "2 January 2022", "9–10 January 2022". */
    String date(PartialDate date, Optional<PartialDate> end);

    /** The drawing's description for screen readers: "12 entries from 1943 to 4 March 2024". */
    String summary(int entries, String from, String to);

    /** What the drawing says when there are no entries. */
    String empty();

    static TimelineWords english() {
        return of(Locale.ENGLISH);
    }

    /** Month names and dates in the language of {@code locale}; the summary in English. */
    static TimelineWords of(Locale locale) {
        Objects.requireNonNull(locale, "locale must not be null");
        return new TimelineWords() {
            @Override
            public String month(int month) {
                return Month.of(month).getDisplayName(TextStyle.SHORT_STANDALONE, locale);
            }

            @Override
            public String date(PartialDate date, Optional<PartialDate> end) {
                return EntryText.date(date, end, locale);
            }

            @Override
            public String summary(int entries, String from, String to) {
                return entries + (entries == 1 ? " entry" : " entries") + " from " + from + " to " + to;
            }

            @Override
            public String empty() {
                return "0 entries";
            }
        };
    }
}
