package org.dossier.analyze.time;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dossier.analyze.time.DateForm.AnchoredOffset;
import org.dossier.model.DatePrecision;
import org.dossier.model.PartialDate;
import org.dossier.text.TextRange;

/**
 * Resolves "krap een week na de verkiezingen" against the date the same article gave the happening:
 * the nearest sentence before it that names that happening ("de verkiezingen", or a compound ending in it
 * such as "gemeenteraadsverkiezingen") and holds a resolved date; of that sentence's dates, the one
 * nearest the name. Where the article dated no such happening the expression stays unresolved: the
 * article's own date says nothing about when the elections were.
 */
final class EventAnchors {
    private EventAnchors() {}

    /** One article's expressions in reading order, those counting from a happening resolved where it was dated. */
    static List<LocatedExpression> anchor(List<LocatedExpression> expressions, Optional<PartialDate> reference) {
        if (expressions.stream().noneMatch(l -> l.expression().form() instanceof AnchoredOffset)) return expressions;
        List<LocatedExpression> result = new ArrayList<>(expressions);
        for (int i = 0; i < result.size(); i++) {
            LocatedExpression l = result.get(i);
            if (!(l.expression().form() instanceof AnchoredOffset offset) || l.expression().resolved()) continue;
            Optional<DateResolver.Resolution> resolved = anchorBefore(result, i, offset.anchor()).flatMap(a -> shift(a, offset));
            if (resolved.isPresent()) result.set(i, l.with(l.expression().lent(resolved.get(), reference)));
        }
        return List.copyOf(result);
    }

    /** The date of the happening: in the nearest earlier sentence naming it, the resolved date nearest its name. */
    private static Optional<TimeExpression> anchorBefore(List<LocatedExpression> expressions, int before, String anchor) {
        for (int j = before - 1; j >= 0; j--) {
            LocatedExpression candidate = expressions.get(j);
            if (!candidate.expression().resolved() || candidate.expression().form() instanceof AnchoredOffset) continue;
            String text = candidate.block().text();
            TextRange sentence = candidate.expression().sentence();
            int named = nameIn(text, sentence, anchor);
            if (named < 0) continue;
            TimeExpression nearest = candidate.expression();
            for (int k = j; k >= 0 && sameSentence(expressions.get(k), candidate); k--) {
                TimeExpression e = expressions.get(k).expression();
                if (e.resolved() && !(e.form() instanceof AnchoredOffset)
                        && Math.abs(e.at().start() - named) < Math.abs(nearest.at().start() - named)) nearest = e;
            }
            return Optional.of(nearest);
        }
        return Optional.empty();
    }

    private static boolean sameSentence(LocatedExpression a, LocatedExpression b) {
        return a.article().equals(b.article()) && a.block().id().equals(b.block().id())
                && a.expression().sentence().equals(b.expression().sentence());
    }

    /** Where a word ending in {@code anchor} stands in the sentence ("verkiezingen", "Kamerverkiezingen"); -1 if none. */
    private static int nameIn(String text, TextRange sentence, String anchor) {
        String lower = sentence.of(text).toLowerCase(Locale.ROOT);
        for (int at = lower.indexOf(anchor); at >= 0; at = lower.indexOf(anchor, at + 1)) {
            int end = at + anchor.length();
            if (end == lower.length() || !Character.isLetter(lower.charAt(end))) return sentence.start() + at;
        }
        return -1;
    }

    /**
     * The happening's date moved by the offset: counted after its last day or before its first. Days and
     * weeks need the day it happened, months at least its month.
     */
    private static Optional<DateResolver.Resolution> shift(TimeExpression anchor, AnchoredOffset offset) {
        try {
            return shiftInCalendar(anchor, offset);
        } catch (java.time.DateTimeException | IllegalArgumentException e) {
            return Optional.empty(); // before year 1 or after 9999, which no PartialDate holds
        }
    }

    private static Optional<DateResolver.Resolution> shiftInCalendar(TimeExpression anchor, AnchoredOffset offset) {
        PartialDate from = offset.amount() > 0 ? anchor.end().orElse(anchor.date().orElseThrow()) : anchor.date().orElseThrow();
        if (offset.unit() == ChronoUnit.MONTHS) {
            if (from.precision() == DatePrecision.YEAR) return Optional.empty();
            YearMonth month = YearMonth.of(from.year(), from.month()).plusMonths(offset.amount());
            return Optional.of(DateResolver.Resolution.of(PartialDate.ofMonth(month.getYear(), month.getMonthValue())));
        }
        if (from.precision() != DatePrecision.DAY) return Optional.empty();
        LocalDate day = from.firstDay().plus(offset.amount(), offset.unit());
        return Optional.of(DateResolver.Resolution.of(day));
    }
}
