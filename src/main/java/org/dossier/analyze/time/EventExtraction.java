package org.dossier.analyze.time;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.dossier.model.BlockKey;
import org.dossier.model.Article;
import org.dossier.model.Block;
import org.dossier.model.BlockKind;
import org.dossier.model.Entity;
import org.dossier.model.Event;
import org.dossier.model.Mention;
import org.dossier.model.Span;
import org.dossier.text.TextRange;
import org.dossier.text.StableIds;

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
    private static final Comparator<Mention> MENTION_ORDER = Comparator.comparingInt((Mention m) -> m.span().start())
            .thenComparing(Mention::entity);

    private EventExtraction() {}

    /** Every temporal expression of the articles, resolved against each article's own date, in reading order. */
    public static List<LocatedExpression> expressions(List<Article> articles) {
        return expressions(articles, TimelineSteps.FRESH);
    }

    static List<LocatedExpression> expressions(List<Article> articles, TimelineSteps steps) {
        List<List<LocatedExpression>> byArticle = IntStream.range(0, articles.size()).parallel()
                .mapToObj(a -> steps.expressions(a, articles.get(a)))
                .toList();
        // Each article's expressions are in reading order and the articles come in order: so is the whole.
        List<LocatedExpression> all = new ArrayList<>();
        byArticle.forEach(all::addAll);
        return List.copyOf(all);
    }

    /** The expressions of the article at {@code index} of the analysed list, in reading order. */
    static List<LocatedExpression> expressionsOf(int index, Article article, TimelineSteps steps) {
        List<LocatedExpression> found = new ArrayList<>();
        List<Block> blocks = article.blocks();
        for (int b = 0; b < blocks.size(); b++) {
            Block block = blocks.get(b);
            for (TimeExpression e : TimeExpressions.find(block.text(), article.date(), steps)) {
                if (block.kind() == BlockKind.EMBED) {
                    if (!e.standalone()) continue;
                    e = new TimeExpression(e.at(), e.text(), e.form(), new TextRange(0, block.text().length()),
                            Tense.PAST, true, e.date(), e.end(), false);
                }
                found.add(new LocatedExpression(article.id(), index, block, b, e));
            }
        }
        found.sort(READING_ORDER);
        return EventAnchors.anchor(List.copyOf(found), article.date());
    }

    /**
     * One event per resolved expression, in chronological order (date, then end, then reading order);
     * entity ids are those with a mention in the event's sentence, in order of mention.
     */
    public static List<Event> events(List<LocatedExpression> expressions, List<Entity> entities) {
        return byDate(expressions, entities, TimelineSteps.FRESH).stream().flatMap(List::stream).toList();
    }

    /**
     * The same events, those of one date (and end) together: the dates in chronological order, the events
     * of each in reading order. Each entity's mention blocks and each article's events are steps of {@code steps}.
     */
    static List<List<Event>> byDate(List<LocatedExpression> expressions, List<Entity> entities, TimelineSteps steps) {
        List<LocatedExpression> dated = expressions.stream().filter(l -> l.expression().resolved()).toList();
        if (!inReadingOrder(dated)) dated = dated.stream().sorted(READING_ORDER).toList();
        // Only the blocks that hold a dated sentence need their mentions, a small part of a large dossier's.
        Map<BlockKey, List<Mention>> mentionsByBlock = new HashMap<>();
        for (LocatedExpression l : dated) mentionsByBlock.putIfAbsent(new BlockKey(l.article(), l.block().id()), new ArrayList<>());
        for (Entity entity : entities) {
            MentionBlocks blocks = steps.mentionBlocks(entity);
            for (int i = 0; i < blocks.keys().length; i++) {
                List<Mention> inBlock = mentionsByBlock.get(blocks.keys()[i]);
                if (inBlock != null) inBlock.add(entity.mentions().get(i));
            }
        }
        List<List<LocatedExpression>> byArticle = new ArrayList<>();
        for (int from = 0, to; from < dated.size(); from = to) {
            int article = dated.get(from).articleIndex();
            for (to = from + 1; to < dated.size() && dated.get(to).articleIndex() == article; to++) { }
            byArticle.add(dated.subList(from, to));
        }
        // Each article's events are made from its expressions and the mentions in their sentences alone.
        List<List<Event>> eventsByArticle = byArticle.parallelStream()
                .map(own -> steps.events(List.copyOf(own), mentioned(own, mentionsByBlock)))
                .toList();
        // Reading order within each date, as a stable sort by date and end would leave it.
        Map<TimelineGrouping.When, List<Event>> byWhen = new HashMap<>();
        for (List<Event> own : eventsByArticle) {
            for (Event e : own) byWhen.computeIfAbsent(new TimelineGrouping.When(e.date(), e.end()), k -> new ArrayList<>()).add(e);
        }
        return byWhen.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(TimelineGrouping.When.ORDER))
                .map(e -> List.copyOf(e.getValue()))
                .toList();
    }

    /** The block of each of an entity's mentions, in the order of its mentions. */
    public record MentionBlocks(BlockKey[] keys) {
        static MentionBlocks of(Entity entity) {
            BlockKey[] keys = new BlockKey[entity.mentions().size()];
            for (int i = 0; i < keys.length; i++) {
                Span span = entity.mentions().get(i).span();
                keys[i] = BlockKey.of(span);
            }
            return new MentionBlocks(keys);
        }
    }

    private static boolean inReadingOrder(List<LocatedExpression> expressions) {
        for (int i = 1; i < expressions.size(); i++) {
            if (READING_ORDER.compare(expressions.get(i - 1), expressions.get(i)) > 0) return false;
        }
        return true;
    }

    private static List<List<String>> mentioned(List<LocatedExpression> expressions, Map<BlockKey, List<Mention>> mentionsByBlock) {
        List<List<String>> mentioned = new ArrayList<>(expressions.size());
        for (LocatedExpression l : expressions) {
            TextRange sentence = l.expression().sentence();
            List<Mention> inBlock = mentionsByBlock.getOrDefault(new BlockKey(l.article(), l.block().id()), List.of());
            List<Mention> inSentence = new ArrayList<>();
            // The mentions are of the sentence's block, so overlapping the sentence is overlapping its range.
            for (Mention m : inBlock) if (m.span().start() < sentence.end() && sentence.start() < m.span().end()) inSentence.add(m);
            inSentence.sort(MENTION_ORDER);
            LinkedHashSet<String> ids = new LinkedHashSet<>();
            for (Mention m : inSentence) ids.add(m.entity());
            mentioned.add(List.copyOf(ids));
        }
        return List.copyOf(mentioned);
    }

    /**
     * One article's events, from its resolved expressions in reading order and the ids of the entities each
     * one's sentence mentions.
     */
    static List<Event> eventsOf(List<LocatedExpression> expressions, List<List<String>> mentioned) {
        List<Event> events = new ArrayList<>(expressions.size());
        for (int i = 0; i < expressions.size(); i++) {
            LocatedExpression l = expressions.get(i);
            TimeExpression e = l.expression();
            Span sentence = Span.of(l.article(), l.block(), e.sentence().start(), e.sentence().end());
            String id = StableIds.of("ev-", l.article(), l.block().id(), e.at().start(), e.at().end(),
                    e.date().orElseThrow().iso(), e.end().map(d -> d.iso()).orElse(""));
            events.add(new Event(id, e.date().orElseThrow(), e.end(), e.text(), sentence, mentioned.get(i), e.planned()));
        }
        return List.copyOf(events);
    }
}
