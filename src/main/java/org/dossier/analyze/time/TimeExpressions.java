package org.dossier.analyze.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dossier.model.DatePrecision;
import org.dossier.model.PartialDate;
import org.dossier.text.TextRange;
import org.dossier.text.Sentences;

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
        return resolve(text, read(text), reference);
    }

    /** The same expressions, with the reading of {@code text} (all but the resolution) a step of {@code steps}. */
    static List<TimeExpression> find(String text, Optional<PartialDate> reference, TimelineSteps steps) {
        return resolve(text, steps.forms(text), reference);
    }

    /** A date form found in a text, read in its sentence: everything about it that does not need the reference. */
    public record FormInSentence(DateFormScanner.Found found, TextRange sentence, TenseReader.Reading tense) {}

    /** The date forms of {@code text}, each read in its sentence. */
    static List<FormInSentence> read(String text) {
        List<DateFormScanner.Found> found = SCANNER.scan(text);
        if (found.isEmpty()) return List.of();
        List<TextRange> sentences = Sentences.split(text);
        List<FormInSentence> readings = new ArrayList<>();
        for (DateFormScanner.Found f : found) {
            TextRange sentence = Sentences.around(sentences, f.at().start());
            readings.add(new FormInSentence(f, sentence, TenseReader.read(text, sentence, f.at())));
        }
        return List.copyOf(readings);
    }

    private static List<TimeExpression> resolve(String text, List<FormInSentence> readings, Optional<PartialDate> reference) {
        if (readings.isEmpty()) return List.of();
        List<TimeExpression> expressions = new ArrayList<>();
        for (FormInSentence r : readings) {
            DateFormScanner.Found f = r.found();
            TenseReader.Reading reading = r.tense();
            for (DateForm form : f.forms()) {
                Optional<DateResolver.Resolution> res = DateResolver.resolve(form, reference, reading.tense(), reading.local());
                expressions.add(new TimeExpression(f.at(), f.at().of(text), form, r.sentence(), reading.tense(), reading.local(),
                        res.map(DateResolver.Resolution::date), res.flatMap(DateResolver.Resolution::end),
                        res.map(x -> isPlanned(reading.tense(), reading.local(), x.date(), reference)).orElse(false)));
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
