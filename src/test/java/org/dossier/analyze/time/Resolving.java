package org.dossier.analyze.time;

import java.util.List;
import java.util.Optional;
import org.dossier.model.PartialDate;

/** Test shorthand: what the expressions of a text resolve to, as "date", "first..last", "?" and a "+" when planned. */
final class Resolving {
    private Resolving() {}

    /** Every expression of {@code text} against {@code reference} ("-" for none), described in order. */
    static List<String> all(String text, String reference) {
        Optional<PartialDate> ref = Optional.empty();
        if (!reference.equals("-")) {
            ref = Optional.of(PartialDate.parseIso(reference).orElseThrow(() -> new IllegalArgumentException("bad reference " + reference)));
        }
        return TimeExpressions.find(text, ref).stream().map(NewsSentencesTest::describe).toList();
    }

    /** The one expression of {@code text}; fails when there is none or more than one. */
    static String only(String text, String reference) {
        List<String> all = all(text, reference);
        if (all.size() != 1) throw new AssertionError("expected one expression in \"" + text + "\" but found " + all);
        return all.get(0);
    }

    /** The expressions' texts as the scanner marks them. */
    static List<String> texts(String text) {
        return TimeExpressions.find(text, Optional.empty()).stream().map(TimeExpression::text).toList();
    }
}
