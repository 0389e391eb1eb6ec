package org.dossier.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.dossier.memo.Memo;
import org.dossier.model.Dossier;
import org.dossier.model.Entity;
import org.dossier.model.Mention;
import org.dossier.model.Passage;
import org.dossier.model.PassageDiff;
import org.dossier.model.Quote;
import org.dossier.model.TimelineEntry;
import org.dossier.render.DossierIndex.Gathered;
import org.dossier.render.DossierIndex.Named;
import org.dossier.render.DossierIndex.Occurrence;
import org.dossier.render.DossierIndex.Tables;

/**
 * The step by which a rebuild's index gathers again only what an edit reached, instead of every mention,
 * occurrence, quote, diff and entry of the dossier. A rebuild's unchanged parts are the last build's very
 * objects (the build hands over a dossier made of them where equal), so the objects of each list that are
 * not the very ones of the last dossier (new, made again, or gone) are what the edit changed; only the
 * articles and entities they name, before and after, can stand in other lists than last time. Their lists
 * are the last ones without what is gone, with what is new, in the new dossier's order; every other list is
 * the last one. This relies on identity only to save work: an object made again where nothing changed
 * reaches its articles for nothing, and a fresh index of the same dossier answers the same
 * ({@code EditedPartsTest}).
 */
final class EditedParts {
    private EditedParts() {}

    /**
     * What {@code previous} gathered, changed where the edit from its dossier to {@code dossier} reached, with
     * the articles and entities reached; null when the change cannot be told by identity (an object twice in
     * a list, kept objects in another order, a mention that names another entity than its own), so that all is
     * gathered again.
     */
    static Gathered regathered(Tables previous, Dossier dossier) {
        Gathered last = previous.gathered;
        Dossier was = previous.dossier();
        if (!last.mentionsNameTheirEntity || !last.entityIdsAreUnique) return null;
        Change<Passage> passages = Change.between(was.passages(), dossier.passages());
        Change<Entity> entities = Change.between(was.entities(), dossier.entities());
        Change<Quote> quotes = Change.between(was.quotes(), dossier.quotes());
        Change<PassageDiff> diffs = Change.between(was.diffs(), dossier.diffs());
        Change<TimelineEntry> entries = Change.between(was.timeline(), dossier.timeline());
        if (passages == null || entities == null || quotes == null || diffs == null || entries == null) return null;
        Gathered now = new Gathered(last);
        now.reachedArticles = new HashSet<>();
        now.reachedEntities = new HashSet<>();
        if (!passages.unchanged()) occurrences(passages, now);
        if (!entities.unchanged() && !mentions(entities, dossier.entities(), now)) return null;
        if (!quotes.unchanged()) quotes(quotes, now);
        if (!diffs.unchanged()) {
            Map<String, List<PassageDiff>> added = byKey(diffs.added, diff -> List.of(diff.occurrence().article()));
            Set<String> reached = new HashSet<>(added.keySet());
            for (PassageDiff diff : diffs.removed) reached.add(diff.occurrence().article());
            for (String article : reached) {
                put(now.diffsByArticle, article, merged(now.diffsByArticle.get(article), diffs.place::get, added.get(article)));
            }
            now.reachedArticles.addAll(reached);
        }
        if (!entries.unchanged()) {
            Map<String, List<TimelineEntry>> added = byKey(entries.added, entry -> List.copyOf(Gathered.namedBy(entry)));
            Set<String> reached = new HashSet<>(added.keySet());
            for (TimelineEntry entry : entries.removed) reached.addAll(Gathered.namedBy(entry));
            for (String id : reached) {
                put(now.entriesByEntity, id, merged(now.entriesByEntity.get(id), entries.place::get, added.get(id)));
            }
            now.reachedEntities.addAll(reached);
        }
        return now;
    }

    private static void occurrences(Change<Passage> passages, Gathered now) {
        Map<String, List<Occurrence>> added = new HashMap<>();
        for (Passage passage : passages.added) {
            for (Occurrence occurrence : Gathered.occurrencesOf(passage)) {
                added.computeIfAbsent(occurrence.span().article(), k -> new ArrayList<>()).add(occurrence);
            }
        }
        Set<String> reached = new HashSet<>(added.keySet());
        for (Passage passage : passages.removed) passage.occurrences().forEach(span -> reached.add(span.article()));
        Function<Occurrence, Integer> place = occurrence -> passages.place.get(occurrence.passage());
        for (String article : reached) {
            put(now.occurrencesByArticle, article, merged(now.occurrencesByArticle.get(article), place, added.get(article)));
        }
        now.reachedArticles.addAll(reached);
    }

    /**
     * The mentions of the articles reached by entities that are new or gone. An entity made again with its id
     * and type reaches only the articles where its mentions differ (a sentence added to one article makes again
     * every entity it names, some named in thousands of articles). False when two entities have one id.
     */
    private static boolean mentions(Change<Entity> entities, List<Entity> all, Gathered now) {
        Map<String, Integer> placeById = new HashMap<>();
        for (int i = 0; i < all.size(); i++) {
            if (placeById.put(all.get(i).id(), i) != null) return false;
        }
        Map<String, Entity> removed = new HashMap<>();
        for (Entity entity : entities.removed) removed.put(entity.id(), entity);
        Map<String, List<Named>> added = new HashMap<>();
        Set<String> reached = new HashSet<>();
        for (Entity entity : entities.added) {
            Map<String, List<Mention>> mine = mentionsByArticle(entity);
            if (mine == null) return false;
            Entity old = removed.get(entity.id());
            Map<String, List<Mention>> before = old == null || old.type() != entity.type() ? null : mentionsByArticle(old);
            if (before == null) {
                reached.addAll(mine.keySet());
            } else {
                for (Map.Entry<String, List<Mention>> e : mine.entrySet()) {
                    if (!e.getValue().equals(before.get(e.getKey()))) reached.add(e.getKey());
                }
                for (String article : before.keySet()) if (!mine.containsKey(article)) reached.add(article);
            }
            mine.forEach((article, mentions) -> {
                List<Named> named = added.computeIfAbsent(article, k -> new ArrayList<>());
                for (Mention mention : mentions) named.add(new Named(mention, entity.type()));
            });
        }
        for (Entity old : entities.removed) {
            // An entity of the same id now is one made again (ids were one to an entity last time too), compared above.
            Integer at = placeById.get(old.id());
            if (at == null || all.get(at).type() != old.type()) old.mentions().forEach(mention -> reached.add(mention.span().article()));
        }
        // A mention last time stands for its entity still when no entity of its id is gone: then it is the very entity.
        Predicate<Named> kept = named -> !removed.containsKey(named.mention().entity()) && placeById.containsKey(named.mention().entity());
        Function<Named, Integer> place = named -> placeById.get(named.mention().entity());
        for (String article : reached) {
            put(now.namedByArticle, article, merged(now.namedByArticle.get(article), kept, place, added.get(article)));
        }
        now.reachedArticles.addAll(reached);
        return true;
    }

    /** The entity's mentions by article, each list in the entity's order; null when one names another entity. */
    private static Map<String, List<Mention>> mentionsByArticle(Entity entity) {
        Map<String, List<Mention>> byArticle = new HashMap<>();
        for (Mention mention : entity.mentions()) {
            if (!mention.entity().equals(entity.id())) return null;
            byArticle.computeIfAbsent(mention.span().article(), k -> new ArrayList<>()).add(mention);
        }
        return byArticle;
    }

    private static void quotes(Change<Quote> quotes, Gathered now) {
        Map<String, List<Quote>> addedInArticle = byKey(quotes.added, quote -> List.of(quote.span().article()));
        Map<String, List<Quote>> addedBySpeaker = byKey(quotes.added, quote -> quote.speaker().stream().toList());
        Set<String> articles = new HashSet<>(addedInArticle.keySet());
        Set<String> speakers = new HashSet<>(addedBySpeaker.keySet());
        for (Quote quote : quotes.removed) {
            articles.add(quote.span().article());
            quote.speaker().ifPresent(speakers::add);
        }
        for (String article : articles) {
            put(now.quotesByArticle, article, merged(now.quotesByArticle.get(article), quotes.place::get, addedInArticle.get(article)));
        }
        for (String speaker : speakers) {
            put(now.quotesBySpeaker, speaker, merged(now.quotesBySpeaker.get(speaker), quotes.place::get, addedBySpeaker.get(speaker)));
        }
        now.reachedArticles.addAll(articles);
        now.reachedEntities.addAll(speakers);
    }

    /** The items under each key they name, in the list's order. */
    private static <T> Map<String, List<T>> byKey(List<T> items, Function<T, List<String>> keys) {
        Map<String, List<T>> byKey = new HashMap<>();
        for (T item : items) {
            for (String key : keys.apply(item)) byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(item);
        }
        return byKey;
    }

    /**
     * The items of {@code before} that are still there (that have a place in the new dossier) and the
     * {@code added} ones, in the order of their places. Items of one place keep their order: those of a kept
     * object all come from {@code before}, those of a new one all from {@code added}.
     */
    private static <T> List<T> merged(List<T> before, Function<T, Integer> place, List<T> added) {
        return merged(before, item -> place.apply(item) != null, place, added);
    }

    /** The same, for items whose place need not tell whether they are still there: those {@code kept} are. */
    private static <T> List<T> merged(List<T> before, Predicate<T> kept, Function<T, Integer> place, List<T> added) {
        List<T> list = new ArrayList<>();
        if (before != null) for (T item : before) if (kept.test(item)) list.add(item);
        if (added != null) list.addAll(added);
        list.sort(Comparator.comparing(place));
        return list;
    }

    /** Puts {@code list} under {@code key}; an empty list is none, as when all is gathered. */
    private static <T> void put(Map<String, List<T>> byKey, String key, List<T> list) {
        if (list.isEmpty()) byKey.remove(key);
        else byKey.put(key, list);
    }

    /**
     * How one of the dossier's lists changed, told by identity: the objects that are not in the last list
     * (new, or made again), those of the last list that are gone, and each object's place in the new list.
     */
    private static final class Change<T> {
        private static final Change<?> NONE = new Change<>(null);
        final List<T> added = new ArrayList<>();
        final List<T> removed = new ArrayList<>();
        /** Each object of the new list by identity, to its place; null when the list is the very same. */
        final Map<T, Integer> place;

        private Change(Map<T, Integer> place) {
            this.place = place;
        }

        boolean unchanged() {
            return place == null;
        }

        /** The change from {@code before} to {@code now}; null when an object stands twice in one, or kept ones changed order. */
        @SuppressWarnings("unchecked")
        static <T> Change<T> between(List<T> before, List<T> now) {
            if (Memo.sameObjects(before, now)) return (Change<T>) NONE;
            Map<T, Integer> place = new IdentityHashMap<>(now.size() * 4 / 3 + 16);
            for (int i = 0; i < now.size(); i++) {
                if (place.put(now.get(i), i) != null) return null;
            }
            Map<T, Integer> placeBefore = new IdentityHashMap<>(before.size() * 4 / 3 + 16);
            for (int i = 0; i < before.size(); i++) {
                if (placeBefore.put(before.get(i), i) != null) return null;
            }
            Change<T> change = new Change<>(place);
            int last = -1;
            for (T item : now) {
                Integer was = placeBefore.get(item);
                if (was == null) {
                    change.added.add(item);
                } else {
                    if (was < last) return null;
                    last = was;
                }
            }
            for (T item : before) if (!place.containsKey(item)) change.removed.add(item);
            return change;
        }
    }
}
