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
        return expressions(articles, TimeMemory.none());
    }

    static List<LocatedExpression> expressions(List<Article> articles, TimeMemory memory) {
        List<List<LocatedExpression>> byArticle = IntStream.range(0, articles.size()).parallel()
                .mapToObj(a -> memory.located.get(new ArticleAt(a, articles.get(a)), at -> expressionsOf(at, memory)))
                .toList();
        // Each article's expressions are in reading order and the articles come in order: so is the whole.
        List<LocatedExpression> all = new ArrayList<>();
        byArticle.forEach(all::addAll);
        return List.copyOf(all);
    }

    /** An article at its place in the analysed list: all that its expressions are made from. */
    record ArticleAt(int index, Article article) {
        /** The id and place only: hashing every block of every article each build would cost what remembering saves. */
        @Override
        public int hashCode() {
            return 31 * article.id().hashCode() + index;
        }
    }

    private static List<LocatedExpression> expressionsOf(ArticleAt at, TimeMemory memory) {
        Article article = at.article();
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
                found.add(new LocatedExpression(article.id(), at.index(), block, b, e));
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
        return byDate(expressions, entities, TimeMemory.none()).stream().flatMap(List::stream).toList();
    }

    /**
     * The same events, those of one date (and end) together: the dates in chronological order, the events
     * of each in reading order. Each article's events are made once for a series of builds in {@code memory}.
     */
    static List<List<Event>> byDate(List<LocatedExpression> expressions, List<Entity> entities, TimeMemory memory) {
        List<LocatedExpression> dated = expressions.stream().filter(l -> l.expression().resolved()).toList();
        if (!inReadingOrder(dated)) dated = dated.stream().sorted(READING_ORDER).toList();
        // Only the blocks that hold a dated sentence need their mentions, a small part of a large dossier's.
        Map<BlockKey, List<Mention>> mentionsByBlock = new HashMap<>();
        for (LocatedExpression l : dated) mentionsByBlock.putIfAbsent(new BlockKey(l.article(), l.block().id()), new ArrayList<>());
        for (Entity entity : entities) {
            // An entity that is the very object of the last build has its mentions' blocks worked out already.
            MentionBlocks blocks = memory.mentionBlocks.get(new SameEntity(entity), same -> MentionBlocks.of(same.entity()));
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
                .map(own -> memory.events.get(new ArticleEvents(List.copyOf(own), mentioned(own, mentionsByBlock)),
                        EventExtraction::eventsOf))
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

    /** An entity as a memo key: the very object, as a rebuild hands on an unchanged entity. */
    record SameEntity(Entity entity) {
        @Override
        public boolean equals(Object o) {
            return o instanceof SameEntity other && other.entity == entity;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(entity);
        }
    }

    /** The block of each of an entity's mentions, in the order of its mentions. */
    record MentionBlocks(BlockKey[] keys) {
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

    /**
     * One article's resolved expressions in reading order, and the ids of the entities each one's sentence
     * mentions: all that its events are made from.
     */
    record ArticleEvents(List<LocatedExpression> expressions, List<List<String>> mentioned) {
        /** The article and how many: hashing every expression each build would cost what remembering saves. */
        @Override
        public int hashCode() {
            LocatedExpression first = expressions.get(0);
            return (31 * first.article().hashCode() + first.articleIndex()) * 31 + expressions.size();
        }
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

    private static List<Event> eventsOf(ArticleEvents own) {
        List<Event> events = new ArrayList<>(own.expressions().size());
        for (int i = 0; i < own.expressions().size(); i++) {
            LocatedExpression l = own.expressions().get(i);
            TimeExpression e = l.expression();
            Span sentence = Span.of(l.article(), l.block(), e.sentence().start(), e.sentence().end());
            String id = StableIds.of("ev-", l.article(), l.block().id(), e.at().start(), e.at().end(),
                    e.date().orElseThrow().iso(), e.end().map(d -> d.iso()).orElse(""));
            events.add(new Event(id, e.date().orElseThrow(), e.end(), e.text(), sentence, own.mentioned().get(i), e.planned()));
        }
        return List.copyOf(events);
    }
}
