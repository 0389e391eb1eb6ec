package org.dossier.analyze.time;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.dossier.model.Article;
import org.dossier.model.Block;
import org.dossier.model.BlockKind;
import org.dossier.model.Entity;
import org.dossier.model.Event;
import org.dossier.model.Mention;
import org.dossier.model.PartialDate;
import org.dossier.model.Span;

/**
 * Turns resolved temporal expressions into events: the sentence that carries the date, its block, the
 * entities it mentions, and whether it is still to come. An embedded post (a tweet) is one event as a
 * whole, dated by the date that names its year; relative words inside it count from the post, which we
 * do not know, so they are left out.
 */
public final class EventExtraction {
    private static final Comparator<LocatedExpression> READING_ORDER = Comparator
            .comparingInt(LocatedExpression::articleIndex)
            .thenComparingInt(LocatedExpression::blockIndex)
            .thenComparingInt(l -> l.expression().at().start());

    private EventExtraction() {}

    /** Every temporal expression of the articles, resolved against each article's own date, in reading order. */
    public static List<LocatedExpression> expressions(List<Article> articles) {
        return expressions(articles, TimeMemory.none());
    }

    static List<LocatedExpression> expressions(List<Article> articles, TimeMemory memory) {
        List<LocatedExpression> all = new ArrayList<>(IntStream.range(0, articles.size()).parallel()
                .mapToObj(a -> expressionsOf(articles.get(a), a, memory))
                .flatMap(List::stream)
                .toList());
        all.sort(READING_ORDER);
        return List.copyOf(all);
    }

    private static List<LocatedExpression> expressionsOf(Article article, int a, TimeMemory memory) {
        List<LocatedExpression> found = new ArrayList<>();
        List<Block> blocks = article.blocks();
        for (int b = 0; b < blocks.size(); b++) {
            Block block = blocks.get(b);
            for (TimeExpression e : TimeExpressions.find(block.text(), article.date(), memory)) {
                if (block.kind() == BlockKind.EMBED) {
                    if (!e.standalone()) continue;
                    e = new TimeExpression(e.at(), e.text(), e.form(), new TextRange(0, block.text().length()),
                            Tense.PAST, true, e.date(), e.end(), false);
                }
                found.add(new LocatedExpression(article.id(), a, block, b, e));
            }
        }
        return found;
    }

    /**
     * One event per resolved expression, in chronological order (date, then end, then reading order);
     * entity ids are those with a mention in the event's sentence, in order of mention.
     */
    public static List<Event> events(List<LocatedExpression> expressions, List<Entity> entities) {
        record BlockKey(String article, String block) {}
        List<LocatedExpression> dated = expressions.stream().filter(l -> l.expression().resolved())
                .sorted(Comparator.<LocatedExpression, PartialDate>comparing(l -> l.expression().date().orElseThrow())
                        .thenComparing(l -> l.expression().end(), TimelineGrouping.END_ORDER)
                        .thenComparing(READING_ORDER))
                .toList();
        // Only the blocks that hold a dated sentence need their mentions, a small part of a large dossier's.
        Map<BlockKey, List<Mention>> mentionsByBlock = new HashMap<>();
        for (LocatedExpression l : dated) mentionsByBlock.putIfAbsent(new BlockKey(l.article(), l.block().id()), new ArrayList<>());
        for (Entity entity : entities) {
            for (Mention m : entity.mentions()) {
                List<Mention> inBlock = mentionsByBlock.get(new BlockKey(m.span().article(), m.span().block()));
                if (inBlock != null) inBlock.add(m);
            }
        }
        mentionsByBlock.values().forEach(list -> list.sort(Comparator.comparingInt((Mention m) -> m.span().start())
                .thenComparing(Mention::entity)));
        // Each event is made from its expression alone: in parallel, in chronological order.
        return dated.parallelStream().map(l -> {
            TimeExpression e = l.expression();
            Span sentence = Span.of(l.article(), l.block(), e.sentence().start(), e.sentence().end());
            List<String> mentioned = entitiesIn(sentence, mentionsByBlock.getOrDefault(new BlockKey(l.article(), l.block().id()), List.of()));
            String id = StableIds.of("ev-", l.article(), l.block().id(), e.at().start(), e.at().end(),
                    e.date().orElseThrow().iso(), e.end().map(d -> d.iso()).orElse(""));
            return new Event(id, e.date().orElseThrow(), e.end(), e.text(), sentence, mentioned, e.planned());
        }).toList();
    }

    private static List<String> entitiesIn(Span sentence, List<Mention> mentions) {
        LinkedHashSet<String> ids = new LinkedHashSet<>();
        for (Mention m : mentions) if (m.span().overlaps(sentence)) ids.add(m.entity());
        return List.copyOf(ids);
    }
}
