package org.dossier.analyze.time;

import java.util.Optional;
import org.dossier.model.PartialDate;
import org.dossier.text.TextRange;

/**
 * A temporal expression found in a text, and what it resolves to against the reference date.
 *
 * @param at       where it stands in the text
 * @param text     the expression as written, e.g. "op 9 en 10 januari"
 * @param form     what it says, before resolution
 * @param sentence the sentence holding it
 * @param tense    the tense of its clause, or of its sentence when the clause shows none
 * @param clauseTense whether the clause itself showed the tense (strong evidence) rather than the sentence
 * @param date     the resolved date at its precision; empty when the reference does not suffice
 * @param end      the last day of a range
 * @param planned  whether the text reports it as still to come: future tense, or a date after the reference
 */
public record TimeExpression(
        TextRange at,
        String text,
        DateForm form,
        TextRange sentence,
        Tense tense,
        boolean clauseTense,
        Optional<PartialDate> date,
        Optional<PartialDate> end,
        boolean planned) {
    public TimeExpression {
        if (at == null || text == null || form == null || sentence == null || tense == null || date == null || end == null) {
            throw new NullPointerException("time expression components must not be null");
        }
        if (end.isPresent() && date.isEmpty()) throw new IllegalArgumentException("an end needs a date: " + text);
    }

    public boolean resolved() {
        return date.isPresent();
    }

    /** Whether it names its own year, so that it dates something without any reference (see article dating). */
    public boolean standalone() {
        return form.standalone();
    }

    /** This expression dated as another text resolved the same words (see passage lending). */
    TimeExpression lent(DateResolver.Resolution resolution, Optional<PartialDate> reference) {
        return new TimeExpression(at, text, form, sentence, tense, clauseTense, Optional.of(resolution.date()),
                resolution.end(), TimeExpressions.isPlanned(tense, clauseTense, resolution.date(), reference));
    }
}
