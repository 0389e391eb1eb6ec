package org.dossier.analyze.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dossier.model.DatePrecision;
import org.dossier.model.PartialDate;

/** Finds and resolves the temporal expressions of a text against a reference date: the entry point of this package's language side. */
public final class TimeExpressions {
    private static final DateFormScanner SCANNER = DateFormScanner.dutchAndEnglish();

    private TimeExpressions() {}

    /**
     * Every temporal expression in {@code text}, in text order, resolved against {@code reference} (the
     * article's date at the precision known; empty when unknown). Expressions the reference cannot
     * resolve are returned unresolved; a list of two days ("9 en 12 januari") gives one per day.
     */
    public static List<TimeExpression> find(String text, Optional<PartialDate> reference) {
        List<DateFormScanner.Found> found = SCANNER.scan(text);
        if (found.isEmpty()) return List.of();
        List<TextRange> sentences = Sentences.split(text);
        List<TimeExpression> expressions = new ArrayList<>();
        for (DateFormScanner.Found f : found) {
            TextRange sentence = Sentences.around(sentences, f.at().start());
            TenseReader.Reading reading = TenseReader.read(text, sentence, f.at());
            for (DateForm form : f.forms()) {
                Optional<DateResolver.Resolution> r = DateResolver.resolve(form, reference, reading.tense(), reading.local());
                expressions.add(new TimeExpression(f.at(), f.at().of(text), form, sentence, reading.tense(), reading.local(),
                        r.map(DateResolver.Resolution::date), r.flatMap(DateResolver.Resolution::end),
                        r.map(res -> isPlanned(reading.tense(), reading.local(), res.date(), reference)).orElse(false)));
            }
        }
        return List.copyOf(expressions);
    }

    public static List<TimeExpression> find(String text, PartialDate reference) {
        return find(text, Optional.of(reference));
    }

    /**
     * Still to come relative to the reference: a date wholly after it, unless the clause says plainly
     * that it is past; never a date wholly before it. A date that overlaps the reference (the same day,
     * or a day of a month-only reference) is planned when the tense is future, or present with a
     * month-only reference (news announces schedules in the present: "houden op 9 en 10 januari
     * gesprekken"). Without a reference only a future tense says so.
     */
    static boolean isPlanned(Tense tense, boolean strongTense, PartialDate date, Optional<PartialDate> reference) {
        if (reference.isEmpty()) return tense == Tense.FUTURE;
        PartialDate ref = reference.get();
        if (date.lastDay().isBefore(ref.firstDay())) return false;
        if (date.firstDay().isAfter(ref.lastDay())) return !(strongTense && tense == Tense.PAST);
        return switch (tense) {
            case FUTURE -> true;
            case PAST -> false;
            case PRESENT -> ref.precision() != DatePrecision.DAY;
        };
    }
}
