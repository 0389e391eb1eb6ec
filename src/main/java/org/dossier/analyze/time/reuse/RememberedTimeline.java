package org.dossier.analyze.time.reuse;

import java.util.List;
import java.util.Set;
import org.dossier.analyze.time.EventExtraction.MentionBlocks;
import org.dossier.analyze.time.LocatedExpression;
import org.dossier.analyze.time.TimeExpressions.FormInSentence;
import org.dossier.analyze.time.TimelineAnalysis;
import org.dossier.analyze.time.TimelineResult;
import org.dossier.analyze.time.TimelineSteps;
import org.dossier.memo.Memo;
import org.dossier.model.Article;
import org.dossier.model.DateOrigin;
import org.dossier.model.Entity;
import org.dossier.model.Event;
import org.dossier.model.PartialDate;
import org.dossier.model.Passage;
import org.dossier.model.TimelineEntry;

/**
 * The time analysis for a series of builds: {@link TimelineAnalysis} run through steps that remember their
 * results from one build to the next, each keyed by everything the step reads. A rebuild after an edit
 * works out again only the texts, articles, entities and dates the edit touched, and hands the rest of
 * the build the same objects as the last one, so it gives what {@link TimelineAnalysis#date} and {@link
 * TimelineAnalysis#place} give. Used by one build at a time; {@link #endBuild} after each.
 */
public final class RememberedTimeline {
    private final Memo<String, List<FormInSentence>> forms = Memo.remembering();
    private final Memo<Redating, Article> dated = Memo.remembering();
    private final Memo<ArticleAt, List<LocatedExpression>> expressions = Memo.remembering();
    private final Memo<SameEntity, MentionBlocks> mentionBlocks = Memo.remembering();
    private final Memo<ArticleEvents, List<Event>> events = Memo.remembering();
    private final Memo<SameDate, List<TimelineEntry>> entries = Memo.remembering();
    private final TimelineAnalysis analysis = TimelineAnalysis.through(new Remembered());
    /** The last build's events by date, with the expressions and entities they were made from. */
    private volatile EventsByDate lastEvents;

    /** What {@link TimelineAnalysis#date} gives. */
    public TimelineAnalysis.Dated date(List<Article> articles, List<Passage> passages) {
        return analysis.dating(articles, passages);
    }

    /** What {@link TimelineAnalysis#place} gives. */
    public TimelineResult place(TimelineAnalysis.Dated dated, List<Passage> passages, List<Entity> entities) {
        return analysis.placing(dated, passages, entities);
    }

    /** Ends a build for each memo: see {@link Memo#endBuild} for what it forgets. */
    public void endBuild() {
        forms.endBuild();
        dated.endBuild();
        expressions.endBuild();
        mentionBlocks.endBuild();
        events.endBuild();
        entries.endBuild();
    }

    /** Each step answered from memory when its key was asked for before, else worked out as the plain step does. */
    private final class Remembered implements TimelineSteps {
        @Override
        public List<FormInSentence> forms(String text) {
            return forms.get(text, TimelineSteps.super::forms);
        }

        @Override
        public Article dated(Article article, PartialDate date, DateOrigin origin) {
            return dated.get(new Redating(article, date, origin), r -> TimelineSteps.super.dated(r.article(), r.date(), r.origin()));
        }

        @Override
        public List<LocatedExpression> expressions(int index, Article article) {
            return expressions.get(new ArticleAt(index, article), at -> TimelineSteps.super.expressions(at.index(), at.article()));
        }

        @Override
        public MentionBlocks mentionBlocks(Entity entity) {
            return mentionBlocks.get(new SameEntity(entity), same -> TimelineSteps.super.mentionBlocks(same.entity()));
        }

        /**
         * The last build's events when the expressions and entities are as its were: an edit that touches no
         * dated sentence and no name leaves them so, and then no entity's mentions are walked. Compared element
         * by element, identity first ({@code List.equals} asks {@code Objects.equals}): unchanged articles and
         * entities bring the very same objects.
         */
        @Override
        public List<List<Event>> eventsByDate(List<LocatedExpression> expressions, List<Entity> entities) {
            EventsByDate last = lastEvents;
            List<List<Event>> byDate = last != null && last.expressions().equals(expressions) && last.entities().equals(entities)
                    ? last.byDate() : TimelineSteps.super.eventsByDate(expressions, entities);
            lastEvents = new EventsByDate(expressions, entities, byDate);
            return byDate;
        }

        @Override
        public List<Event> events(List<LocatedExpression> expressions, List<List<String>> mentioned) {
            return events.get(new ArticleEvents(expressions, mentioned), own -> TimelineSteps.super.events(own.expressions(), own.mentioned()));
        }

        @Override
        public List<TimelineEntry> entries(List<Event> sameDate, List<Set<String>> passagesOf) {
            return entries.get(new SameDate(sameDate, passagesOf), date -> TimelineSteps.super.entries(date.events(), date.passagesOf()));
        }
    }

    private record EventsByDate(List<LocatedExpression> expressions, List<Entity> entities, List<List<Event>> byDate) {}

    /** An article and the date it is given: all that the dated article is made from. */
    private record Redating(Article article, PartialDate date, DateOrigin origin) {
        /** Not the whole article: hashing every block each build would cost what remembering saves. */
        @Override
        public int hashCode() {
            return (31 * article.id().hashCode() + date.hashCode()) * 31 + origin.hashCode();
        }
    }

    /** An article at its place in the analysed list: all that its expressions are made from. */
    private record ArticleAt(int index, Article article) {
        /** The id and place only: hashing every block of every article each build would cost what remembering saves. */
        @Override
        public int hashCode() {
            return 31 * article.id().hashCode() + index;
        }
    }

    /**
     * An entity by identity: the very object, as a rebuild hands on an unchanged entity (the build's stable
     * parts do). An equal entity that is another object is worked out again, which gives the same blocks.
     */
    private record SameEntity(Entity entity) {
        @Override
        public boolean equals(Object o) {
            return o instanceof SameEntity other && other.entity == entity;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(entity);
        }
    }

    /** One article's resolved expressions in reading order, and the entities each one's sentence mentions. */
    private record ArticleEvents(List<LocatedExpression> expressions, List<List<String>> mentioned) {
        /** The article and how many: hashing every expression each build would cost what remembering saves. */
        @Override
        public int hashCode() {
            LocatedExpression first = expressions.get(0);
            return (31 * first.article().hashCode() + first.articleIndex()) * 31 + expressions.size();
        }
    }

    /** The events of one date, in order, and the passages each one's sentence stands in. */
    private record SameDate(List<Event> events, List<Set<String>> passagesOf) {
        /** The first event and how many: hashing every event each build would cost what remembering saves. */
        @Override
        public int hashCode() {
            return 31 * events.get(0).id().hashCode() + events.size();
        }
    }
}
