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
     * Still to come: said so by the expression's own clause ("staat gepland", "zal"), or, when the
     * clause does not say (news announces schedules in the present: "houden op 9 en 10 januari
     * gesprekken"), dated after the reference, or possibly after it when the reference is known only
     * to the month. A tense read from elsewhere in the sentence gives way to the dates.
     */
    static boolean isPlanned(Tense tense, boolean strongTense, PartialDate date, Optional<PartialDate> reference) {
        if (strongTense && tense != Tense.PRESENT) return tense == Tense.FUTURE;
        if (reference.isEmpty()) return tense == Tense.FUTURE;
        PartialDate ref = reference.get();
        if (ref.precision() == DatePrecision.DAY) {
            return date.firstDay().isAfter(ref.firstDay()) || (tense == Tense.FUTURE && date.firstDay().equals(ref.firstDay()));
        }
        return !date.lastDay().isBefore(ref.firstDay());
    }
}
