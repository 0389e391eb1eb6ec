package org.dossier.analyze.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
                expressions.add(new TimeExpression(f.at(), f.at().of(text), form, sentence, reading.tense(),
                        r.map(DateResolver.Resolution::date), r.flatMap(DateResolver.Resolution::end),
                        r.map(res -> isPlanned(reading.tense(), res.date(), reference)).orElse(false)));
            }
        }
        return List.copyOf(expressions);
    }

    public static List<TimeExpression> find(String text, PartialDate reference) {
        return find(text, Optional.of(reference));
    }

    /** Still to come: said in the future tense, or dated after the reference without a past tense. */
    static boolean isPlanned(Tense tense, PartialDate date, Optional<PartialDate> reference) {
        if (tense == Tense.FUTURE) return true;
        if (tense == Tense.PAST) return false;
        return reference.map(ref -> date.firstDay().isAfter(ref.lastDay())).orElse(false);
    }
}
