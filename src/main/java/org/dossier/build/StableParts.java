package org.dossier.build;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ForkJoinTask;
import java.util.function.Function;
import org.dossier.model.Article;
import org.dossier.model.Dossier;
import org.dossier.model.Entity;
import org.dossier.model.Event;
import org.dossier.model.Mention;
import org.dossier.model.Passage;
import org.dossier.model.PassageDiff;
import org.dossier.model.Quote;
import org.dossier.model.SharingSummary;
import org.dossier.model.Structure;
import org.dossier.model.TimelineEntry;

/**
 * Gives each build's dossier the last build's very objects wherever its parts are equal to them. The
 * analyses make every article, passage, entity and mention anew; rendering then compares them with the
 * last build's to find the pages that changed, and memos hash them. With unchanged parts being the same
 * objects, most of those comparisons stop at a reference check instead of walking every mention and span.
 * Each part is compared by value once here, so the result is equal to the dossier it was given.
 */
final class StableParts {
    private Dossier last;

    /** A dossier equal to {@code dossier}, made of the last one's objects where they are equal. */
    Dossier reuseEqual(Dossier dossier) {
        Dossier previous = last;
        if (previous == null) {
            last = dossier;
            return dossier;
        }
        // Entities (every mention) and events (every sentence) hold most of what is compared: they are
        // compared beside the rest.
        // Forked, not handed to an executor: joining a fork/join task runs it here if no other thread took it.
        ForkJoinTask<List<Entity>> entities = ForkJoinTask.adapt(() -> reuseEntities(dossier.entities(), previous.entities())).fork();
        ForkJoinTask<List<Event>> events = ForkJoinTask.adapt(() -> reuse(dossier.events(), previous.events(), Event::id)).fork();
        List<Article> articles = reuse(dossier.articles(), previous.articles(), Article::id);
        List<Passage> passages = reuse(dossier.passages(), previous.passages(), Passage::id);
        SharingSummary sharing = dossier.sharing().equals(previous.sharing()) ? previous.sharing() : dossier.sharing();
        List<PassageDiff> diffs = reuse(dossier.diffs(), previous.diffs(), item -> item);
        List<Quote> quotes = reuse(dossier.quotes(), previous.quotes(), item -> item);
        List<TimelineEntry> timeline = reuse(dossier.timeline(), previous.timeline(), TimelineEntry::id);
        Structure structure = dossier.structure().equals(previous.structure()) ? previous.structure() : dossier.structure();
        Dossier stable = new Dossier(articles, passages, sharing, diffs, entities.join(), quotes, events.join(), timeline, structure);
        last = stable;
        return stable;
    }

    /**
     * {@code now}, each item that equals the last build's item of the same key replaced by that one. Most
     * items are the last build's very objects already (the analyses' reuse layers hand them on): only the
     * others are looked up, among the last build's items that are not still there, so that neither list is
     * hashed whole (a quote or a diff hashes every span and word it holds).
     */
    private static <T> List<T> reuse(List<T> now, List<T> before, Function<? super T, ?> key) {
        Set<T> earlierObjects = identitySet(before);
        List<T> changed = new ArrayList<>();
        for (T item : now) if (!earlierObjects.contains(item)) changed.add(item);
        if (changed.isEmpty()) return now;
        Set<T> nowObjects = identitySet(now);
        Map<Object, T> earlier = new HashMap<>();
        for (T item : before) if (!nowObjects.contains(item)) earlier.put(key.apply(item), item);
        if (earlier.isEmpty()) return now;
        Map<T, T> replaced = new IdentityHashMap<>();
        for (T item : changed) {
            T previous = earlier.get(key.apply(item));
            if (item.equals(previous)) replaced.put(item, previous);
        }
        if (replaced.isEmpty()) return now;
        return now.stream().map(item -> replaced.getOrDefault(item, item)).toList();
    }

    private static <T> Set<T> identitySet(List<T> items) {
        Set<T> set = Collections.newSetFromMap(new IdentityHashMap<>(items.size() * 2));
        set.addAll(items);
        return set;
    }

    /**
     * Entities as {@link #reuse} gives them, except that a changed entity keeps the last build's mentions
     * that it still has: a much-named entity changes with almost every edit, and its unchanged mentions
     * are what pages of other articles read.
     */
    private static List<Entity> reuseEntities(List<Entity> now, List<Entity> before) {
        Map<String, Entity> earlier = new HashMap<>(before.size() * 2);
        for (Entity entity : before) earlier.put(entity.id(), entity);
        return now.stream().map(entity -> {
            Entity previous = earlier.get(entity.id());
            if (previous == null) return entity;
            if (entity.equals(previous)) return previous;
            Map<Mention, Mention> mentions = new HashMap<>(previous.mentions().size() * 2);
            for (Mention mention : previous.mentions()) mentions.put(mention, mention);
            return new Entity(entity.id(), entity.name(), entity.type(), entity.aliases(), entity.description(),
                    entity.link(), entity.mentions().stream().map(m -> mentions.getOrDefault(m, m)).toList(), entity.roles());
        }).toList();
    }
}
