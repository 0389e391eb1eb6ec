package org.dossier.analyze.time;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.dossier.model.BlockKey;
import org.dossier.model.Passage;
import org.dossier.model.PartialDate;
import org.dossier.model.Span;
import org.dossier.text.TextRange;

/**
 * Lets a shared passage lend a resolution: "Donderdagavond" in an article dated only 2022-01 cannot be
 * resolved, but the same words in the same passage of an article dated 2022-01-02 can, and they mean
 * the same Thursday. And a passage reprinted days later (wire copy) keeps the date it had where it first
 * appeared: "vorige week" in a copy printed a week on means the week the words were written in, not the
 * week before the reprint. So every expression that counts from its article's date reads, in every exact
 * copy of a passage, as it does in the earliest dated copy that resolves it; an unresolved one takes that
 * reading from near copies too. The expressions are matched by
 * their text and their rank among equal texts in the passage's occurrence.
 */
public final class PassageLending {
    /** Articles by their date, earliest first, the undated last; then by id. */
    private static final Comparator<Optional<PartialDate>> EARLIEST_FIRST =
            Comparator.comparing((Optional<PartialDate> d) -> d.isEmpty()).thenComparing(d -> d.orElse(null),
                    Comparator.nullsLast(Comparator.naturalOrder()));

    /** Runs of white space, which read as one space (compiled once: {@code replaceAll} would compile it for every expression). */
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private PassageLending() {}

    /**
     * The expressions, each one that counts from its article's date (or is unresolved) read as the earliest
     * dated copy of a passage it stands in reads it; {@code references} gives each article's own date, by
     * which copies are ordered and lent events marked as planned or not.
     */
    public static List<LocatedExpression> lend(List<LocatedExpression> expressions, List<Passage> passages,
                                               Map<String, Optional<PartialDate>> references) {
        if (passages.isEmpty()) return expressions;
        // The passages standing in each block; only expressions in those blocks can have copies.
        Map<BlockKey, List<Passage>> passagesByBlock = new HashMap<>();
        for (Passage p : passages) {
            for (Span own : p.occurrences()) {
                List<Passage> here = passagesByBlock.computeIfAbsent(key(own), k -> new ArrayList<>());
                if (here.isEmpty() || here.get(here.size() - 1) != p) here.add(p);
            }
        }
        passagesByBlock.values().forEach(here -> here.sort(Comparator.comparing(Passage::id)));
        Map<BlockKey, List<LocatedExpression>> byBlock = new HashMap<>();
        // Expressions come block by block (reading order): a block is looked up once, not once per expression.
        LocatedExpression previous = null;
        List<LocatedExpression> inBlock = null;
        for (LocatedExpression l : expressions) {
            if (previous == null || l.block() != previous.block() || !l.article().equals(previous.article())) {
                BlockKey key = key(l);
                inBlock = passagesByBlock.containsKey(key) ? byBlock.computeIfAbsent(key, k -> new ArrayList<>()) : null;
            }
            if (inBlock != null) inBlock.add(l);
            previous = l;
        }
        if (byBlock.isEmpty()) return expressions;
        Comparator<LocatedExpression> byArticleDate = Comparator
                .comparing((LocatedExpression x) -> references.getOrDefault(x.article(), Optional.empty()), EARLIEST_FIRST)
                .thenComparing(LocatedExpression::article);
        List<LocatedExpression> result = new ArrayList<>(expressions.size());
        previous = null;
        List<Passage> passagesHere = null;
        for (LocatedExpression l : expressions) {
            if (previous == null || l.block() != previous.block() || !l.article().equals(previous.article())) {
                passagesHere = passagesByBlock.get(key(l));
            }
            previous = l;
            boolean countsFromItsArticle = !l.expression().resolved() || !l.expression().standalone();
            List<Passage> here = countsFromItsArticle ? passagesHere : null;
            if (here == null) {
                result.add(l);
                continue;
            }
            Optional<LocatedExpression> first = copies(l, here, byBlock).stream()
                    .filter(c -> c.expression().resolved())
                    .min(byArticleDate);
            if (first.isEmpty() || first.get() == l || sameReading(first.get().expression(), l.expression())) {
                result.add(l);
                continue;
            }
            TimeExpression e = first.get().expression();
            DateResolver.Resolution lent = new DateResolver.Resolution(e.date().orElseThrow(), e.end());
            result.add(l.with(l.expression().lent(lent, references.getOrDefault(l.article(), Optional.empty()))));
        }
        return List.copyOf(result);
    }

    /** The expression itself and the same words, at the same rank, in every other article's copy of its passages. */
    private static List<LocatedExpression> copies(LocatedExpression l, List<Passage> passages,
                                                  Map<BlockKey, List<LocatedExpression>> byBlock) {
        List<LocatedExpression> copies = new ArrayList<>();
        copies.add(l);
        TextRange at = l.expression().at();
        for (Passage p : passages) {
            // A resolved date is re-read only from a copy of the very words: a near copy is as often the same
            // template filled in on another day ("a shortage of around 350 mln stg in the money market today").
            if (l.expression().resolved() && p.kind() != Passage.Kind.EXACT) continue;
            for (Span own : p.occurrences()) {
                if (!own.article().equals(l.article()) || !own.block().equals(l.block().id())) continue;
                if (!overlaps(own, at)) continue;
                int rank = sameTextIn(own, l.expression().text(), byBlock).indexOf(l);
                for (Span other : p.occurrences()) {
                    if (other.article().equals(l.article())) continue;
                    List<LocatedExpression> there = sameTextIn(other, l.expression().text(), byBlock);
                    if (rank >= 0 && rank < there.size()) copies.add(there.get(rank));
                }
            }
        }
        return copies;
    }

    private static boolean sameReading(TimeExpression a, TimeExpression b) {
        return a.date().equals(b.date()) && a.end().equals(b.end());
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
        String lower = text.toLowerCase(Locale.ROOT);
        return readsAsItIs(lower) ? lower : WHITESPACE.matcher(lower).replaceAll(" ");
    }

    /** Whether every run of white space in the text is one plain space already: most expressions, which need no pattern then. */
    private static boolean readsAsItIs(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isWhitespace(c) && (c != ' ' || i + 1 < text.length() && isWhitespace(text.charAt(i + 1)))) return false;
        }
        return true;
    }

    /** What {@code \s} matches: {@link #WHITESPACE} is compiled without Unicode classes. */
    private static boolean isWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static BlockKey key(LocatedExpression l) {
        return new BlockKey(l.article(), l.block().id());
    }

    private static BlockKey key(Span span) {
        return new BlockKey(span.article(), span.block());
    }
}
