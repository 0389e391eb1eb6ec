package org.dossier.render.timeline;

import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import org.dossier.model.PartialDate;
import org.dossier.model.TimelineEntry;

/** The words both renderers show for an entry: a short headline and a date as a reader writes it. */
final class EntryText {
    private EntryText() {}

    /** The first source's sentence, cut at a word boundary to at most {@code max} characters with "…". */
    static String headline(TimelineEntry entry, int max) {
        String sentence = entry.sources().get(0).sentence().text().strip().replaceAll("\\s+", " ");
        if (sentence.length() <= max) return sentence;
        int cut = sentence.lastIndexOf(' ', max - 1);
        if (cut < max / 2) cut = max - 1;
        return sentence.substring(0, cut).stripTrailing() + "…";
    }

    /** "2 januari 2022", "juni 2021", "2021", "9–10 januari 2022", in the given language. */
    static String date(PartialDate date, Optional<PartialDate> end, Locale locale) {
        if (end.isEmpty()) return one(date, locale);
        PartialDate last = end.get();
        if (date.precision() == last.precision() && date.year() == last.year() && date.month() == last.month()
                && date.day() != 0) {
            return date.day() + "–" + one(last, locale);
        }
        return one(date, locale) + " – " + one(last, locale);
    }

    private static String one(PartialDate date, Locale locale) {
        return switch (date.precision()) {
            case YEAR -> Integer.toString(date.year());
            case MONTH -> date.firstDay().getMonth().getDisplayName(TextStyle.FULL_STANDALONE, locale) + " " + date.year();
            case DAY -> date.firstDay().format(DateTimeFormatter.ofPattern("d MMMM yyyy", locale));
        };
    }
}
