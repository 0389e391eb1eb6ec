package org.dossier.analyze.time;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dossier.model.BlockKey;
import org.dossier.model.Passage;
import org.dossier.model.PartialDate;
import org.dossier.model.Span;
import org.dossier.text.TextRange;

/**
 * Lets a shared passage lend a resolution: "Donderdagavond" in an article dated only 2022-01 cannot be
 * resolved, but the same words in the same passage of an article dated 2022-01-02 can, and they mean
 * the same Thursday. The expressions are matched by their text and their rank among equal texts in
 * the passage's occurrence.
 */
public final class PassageLending {
    private PassageLending() {}

    /**
     * The expressions with unresolved ones resolved where a passage they stand in is resolved elsewhere;
     * {@code references} gives each article's own date, for marking lent events as planned.
     */
    public static List<LocatedExpression> lend(List<LocatedExpression> expressions, List<Passage> passages,
                                               Map<String, Optional<PartialDate>> references) {
        if (passages.isEmpty()) return expressions;
        Set<BlockKey> unresolved = new HashSet<>();
        for (LocatedExpression l : expressions) if (!l.expression().resolved()) unresolved.add(key(l));
        if (unresolved.isEmpty()) return expressions;
        // Only passages standing in a block with an unresolved expression can lend, and only the expressions
        // in their occurrences' blocks are read: both are found without a look at the rest of the dossier.
        Map<BlockKey, List<Passage>> lenders = new HashMap<>();
        Set<BlockKey> read = new HashSet<>();
        for (Passage p : passages) {
            for (Span own : p.occurrences()) {
                List<Passage> here = unresolved.contains(key(own)) ? lenders.computeIfAbsent(key(own), k -> new ArrayList<>()) : null;
                if (here == null || (!here.isEmpty() && here.get(here.size() - 1) == p)) continue;
                here.add(p);
                for (Span o : p.occurrences()) read.add(key(o));
            }
        }
        lenders.values().forEach(here -> here.sort(Comparator.comparing(Passage::id)));
        Map<BlockKey, List<LocatedExpression>> byBlock = new HashMap<>();
        for (LocatedExpression l : expressions) {
            if (read.contains(key(l))) byBlock.computeIfAbsent(key(l), k -> new ArrayList<>()).add(l);
        }
        List<LocatedExpression> result = new ArrayList<>(expressions.size());
        for (LocatedExpression l : expressions) {
            if (l.expression().resolved()) {
                result.add(l);
                continue;
            }
            Optional<DateResolver.Resolution> lent = findLender(l, lenders.getOrDefault(key(l), List.of()), byBlock);
            result.add(lent.map(r -> l.with(l.expression().lent(r, references.getOrDefault(l.article(), Optional.empty()))))
                    .orElse(l));
        }
        return List.copyOf(result);
    }

    /** The first resolution lent by {@code passages} (those standing in the expression's block, in id order). */
    private static Optional<DateResolver.Resolution> findLender(LocatedExpression l, List<Passage> passages,
                                                                Map<BlockKey, List<LocatedExpression>> byBlock) {
        TextRange at = l.expression().at();
        for (Passage p : passages) {
            for (Span own : p.occurrences()) {
                if (!own.article().equals(l.article()) || !own.block().equals(l.block().id())) continue;
                if (!overlaps(own, at)) continue;
                int rank = sameTextIn(own, l.expression().text(), byBlock).indexOf(l);
                for (Span other : p.occurrences()) {
                    if (other.article().equals(l.article())) continue;
                    List<LocatedExpression> there = sameTextIn(other, l.expression().text(), byBlock);
                    if (rank >= 0 && rank < there.size() && there.get(rank).expression().resolved()) {
                        TimeExpression e = there.get(rank).expression();
                        return Optional.of(new DateResolver.Resolution(e.date().orElseThrow(), e.end()));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The expressions in an occurrence that read like {@code text}, in text order. */
    private static List<LocatedExpression> sameTextIn(Span occurrence, String text, Map<BlockKey, List<LocatedExpression>> byBlock) {
        String wanted = normal(text);
        return byBlock.getOrDefault(key(occurrence), List.of()).stream()
                .filter(x -> overlaps(occurrence, x.expression().at()) && normal(x.expression().text()).equals(wanted))
                .sorted(Comparator.comparingInt(x -> x.expression().at().start()))
                .toList();
    }

    private static boolean overlaps(Span span, TextRange at) {
        return span.start() < at.end() && at.start() < span.end();
    }

    private static String normal(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    private static BlockKey key(LocatedExpression l) {
        return new BlockKey(l.article(), l.block().id());
    }

    private static BlockKey key(Span span) {
        return new BlockKey(span.article(), span.block());
    }
}
