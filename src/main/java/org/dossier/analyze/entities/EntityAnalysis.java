package org.dossier.analyze.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.dossier.model.Article;
import org.dossier.model.Entity;
import org.dossier.model.EntityCatalog;
import org.dossier.model.Span;

/**
 * Entity analysis: names recognised in every block of every article (the collection read as a whole),
 * merged into entities. Pure. The method, top to bottom in {@link #run}:
 * <ol>
 *   <li>read every text, gather the evidence the whole collection gives about names, and read every text
 *       again with it ({@link RuleBasedRecognizer#recognizeAll});</li>
 *   <li>merge: one form per spelling or gazetteer key, forms joined when they name the same thing
 *       ({@link EntityMerger});</li>
 *   <li>build entities: a draft per cluster with its name and id ({@link EntityBuilder}), mentions added by
 *       handles and derived names, then each entity with its mentions in reading order.</li>
 * </ol>
 * The analysis asks {@link Shortcuts} wherever it may take over work done before; {@link #analyze} does
 * all the work.
 */
public final class EntityAnalysis {
    /** The gazetteers with the editor's catalog added. */
    record WithCatalog(Same<Gazetteers> gazetteers, EntityCatalog catalog) {}

    static final Step<WithCatalog, Gazetteers> WITH_CATALOG = new Step<>("gazetteers with the catalog");

    /**
     * All that merging and building entities (steps 2 and 3) read: each article's id, the names found in it,
     * the blocks with an '@' (handles) and whether its block ids are distinct; with the catalog and the
     * gazetteers. An article's other blocks are read only for the places of its names' blocks, which the
     * occurrences carry (their block's index) when block ids are distinct within each article; otherwise
     * every block is numbered, and the articles themselves must be equal. Each list is compared element by
     * element, identity first (an unchanged article brings the same facts and, when the evidence did not
     * change, the same occurrences), so a collection whose names did not change (an edit of text without
     * names) compares at about the cost of one look at each article. Hashed by the number of articles only.
     */
    record Found(List<Article> articles, List<ArticleFacts> facts, List<List<Occurrence>> occurrences, EntityCatalog catalog,
                 Same<Gazetteers> withCatalog) {
        @Override
        public boolean equals(Object o) {
            if (o == this) return true;
            if (!(o instanceof Found other) || articles.size() != other.articles.size() || !withCatalog.equals(other.withCatalog)
                    || !catalog.equals(other.catalog)) return false;
            boolean blockIdsDistinct = facts.stream().allMatch(ArticleFacts::distinctBlockIds);
            for (int a = 0; a < articles.size(); a++) {
                Article mine = articles.get(a);
                Article theirs = other.articles.get(a);
                if (mine == theirs && facts.get(a) == other.facts.get(a)) {
                    if (!sameOrEqual(occurrences.get(a), other.occurrences.get(a))) return false;
                    continue;
                }
                ArticleFacts myFacts = facts.get(a);
                ArticleFacts theirFacts = other.facts.get(a);
                if (!mine.id().equals(theirs.id()) || myFacts.distinctBlockIds() != theirFacts.distinctBlockIds()
                        || !myFacts.withAt().equals(theirFacts.withAt()) || !sameOrEqual(occurrences.get(a), other.occurrences.get(a))) {
                    return false;
                }
                // A handle's block has its place from the article's blocks, as has every block when ids repeat.
                if ((!blockIdsDistinct || !myFacts.withAt().isEmpty()) && !mine.equals(theirs)) return false;
            }
            return true;
        }

        @Override
        public int hashCode() {
            return articles.size();
        }

        private static boolean sameOrEqual(List<Occurrence> mine, List<Occurrence> theirs) {
            return mine == theirs || mine.equals(theirs);
        }
    }

    static final Step<Found, EntityResult> FOUND = new Step<>("entities of the names found");

    private final Shortcuts shortcuts;
    private final Names names;

    private EntityAnalysis(Shortcuts shortcuts) {
        this.shortcuts = Objects.requireNonNull(shortcuts, "shortcuts");
        this.names = new Names(shortcuts);
    }

    /** The entities of the articles (in dossier order), with the shipped recogniser over the gazetteers and the editor's catalog. */
    public static EntityResult analyze(List<Article> articles, EntityCatalog catalog, Gazetteers gazetteers) {
        return taking(Shortcuts.NONE).run(articles, catalog, gazetteers);
    }

    /** The same analysis, taking the given shortcuts (which must not change the result). */
    public static EntityAnalysis taking(Shortcuts shortcuts) {
        return new EntityAnalysis(shortcuts);
    }

    /** {@link #analyze}. */
    public EntityResult run(List<Article> articles, EntityCatalog catalog, Gazetteers gazetteers) {
        Objects.requireNonNull(articles, "articles");
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(gazetteers, "gazetteers");
        Gazetteers withCatalog = shortcuts.recall(WITH_CATALOG, new WithCatalog(Same.of(gazetteers), catalog),
                in -> gazetteers.withCatalog(catalog));

        // 1. Read, gather evidence across the collection, read again.
        List<ArticleFacts> facts = articles.stream()
                .map(a -> shortcuts.recall(ArticleFacts.STEP, Same.of(a), in -> ArticleFacts.of(a))).toList();
        List<List<Occurrence>> occurrences = read(articles, facts, RuleBasedRecognizer.of(withCatalog));
        return shortcuts.recall(FOUND, new Found(articles, facts, occurrences, catalog, Same.of(withCatalog)),
                found -> mergeAndBuild(articles, facts, occurrences, catalog, withCatalog));
    }

    /** Steps 2 and 3: the entities of the names found. */
    private EntityResult mergeAndBuild(List<Article> articles, List<ArticleFacts> facts, List<List<Occurrence>> occurrences,
                                       EntityCatalog catalog, Gazetteers withCatalog) {
        // 2. Merge.
        Set<String> ignored = catalog.ignored().stream().map(NameKey::lookup).collect(Collectors.toSet());
        CollectionForms.Forms forms = CollectionForms.of(occurrences, ignored, names, shortcuts);
        List<String> uncertain = new ArrayList<>();
        List<EntityMerger.Cluster> clusters = EntityMerger.cluster(forms, uncertain, names, shortcuts);

        // 3. Build entities.
        List<EntityDraft> drafts = EntityBuilder.drafts(clusters, catalog, withCatalog, names, shortcuts);
        Handles.link(articles, facts, drafts);
        linkDerived(forms.derived(), drafts);
        List<Entity> entities = entities(drafts, ReadingOrder.of(articles, facts));
        uncertain.addAll(0, weakNotes(forms.weak()));
        uncertain.addAll(thinEvidenceNotes(drafts));
        return new EntityResult(entities, uncertain);
    }

    /** The occurrences of each article, in the order found: every block of the collection read as one. */
    private List<List<Occurrence>> read(List<Article> articles, List<ArticleFacts> facts, RuleBasedRecognizer recognizer) {
        List<LanguageText> texts = new ArrayList<>();
        int[] blockCounts = new int[articles.size()];
        for (int a = 0; a < articles.size(); a++) {
            List<LanguageText> own = facts.get(a).texts();
            blockCounts[a] = own.size();
            texts.addAll(own);
        }
        List<List<NameSpan>> found = shortcuts.readCollection(recognizer, texts);
        List<List<Occurrence>> occurrences = new ArrayList<>(articles.size());
        int first = 0; // each article's blocks follow one another in the texts
        for (int a = 0; a < articles.size(); a++) {
            ArticleOccurrences in = new ArticleOccurrences(a, articles.get(a), found.subList(first, first + blockCounts[a]));
            occurrences.add(shortcuts.recall(ArticleOccurrences.STEP, in, ArticleOccurrences::occurrences));
            first += blockCounts[a];
        }
        return occurrences;
    }

    /**
     * Each draft becomes its entity on its own (sorting its mentions into reading order), in parallel; the
     * entities by type (people first), then most mentioned, then id. When the order follows the
     * occurrences, an entity depends only on its draft's {@link EntityDraft.Input}.
     */
    private List<Entity> entities(List<EntityDraft> drafts, ReadingOrder readingOrder) {
        return drafts.parallelStream()
                .map(d -> !readingOrder.followsOccurrences() ? d.toEntity(readingOrder)
                        : shortcuts.recall(EntityDraft.ENTITY, d.input(readingOrder), in -> d.toEntity(readingOrder)))
                .sorted(Comparator.comparing(Entity::type).thenComparingInt((Entity e) -> -e.mentions().size()).thenComparing(Entity::id))
                .toList();
    }

    /** "NAVO-top", "VLD-voorzitter", "SP'ers": the name part is a mention when that name is an entity. */
    private void linkDerived(List<Occurrence> derived, List<EntityDraft> drafts) {
        if (derived.isEmpty()) return; // spare the index of every name
        // Where each derived name's name part ends, and its lookup key: only drafts with one of these names are indexed.
        int[] cuts = new int[derived.size()];
        Map<String, EntityDraft> byName = new HashMap<>();
        for (int i = 0; i < cuts.length; i++) {
            String text = derived.get(i).surface();
            cuts[i] = text.indexOf('\'') > 0 ? text.indexOf('\'') : text.indexOf('’') > 0 ? text.indexOf('’') : text.lastIndexOf('-');
            if (cuts[i] > 0) byName.put(names.lookup(text.substring(0, cuts[i])), null);
        }
        for (EntityDraft d : drafts) {
            for (String n : d.lookups(names)) if (byName.containsKey(n) && byName.get(n) == null) byName.put(n, d);
        }
        for (int i = 0; i < cuts.length; i++) {
            if (cuts[i] <= 0) continue;
            Occurrence o = derived.get(i);
            EntityDraft d = byName.get(names.lookup(o.surface().substring(0, cuts[i])));
            if (d != null) d.extraMentions.add(Span.of(o.articleId(), o.block(), o.name().start(), o.name().start() + cuts[i]));
        }
    }



    private static List<String> weakNotes(List<Occurrence> weak) {
        Map<String, List<Occurrence>> bySurface = new TreeMap<>();
        for (Occurrence o : weak) bySurface.computeIfAbsent(o.surface(), k -> new ArrayList<>()).add(o);
        List<String> notes = new ArrayList<>();
        bySurface.forEach((surface, list) -> notes.add(surface + " (" + list.size() + "x, first in " + list.get(0).articleId()
                + "): capitalised, but nothing says what it is, so it has no page; give it a type in entities.yml or list it under ignore"));
        return notes;
    }

    /** Entities that rest on one mention with only an indirect cue. */
    private static List<String> thinEvidenceNotes(List<EntityDraft> drafts) {
        return drafts.stream()
                .filter(d -> d.core.thin)
                .sorted(Comparator.comparing((EntityDraft d) -> d.id))
                .map(d -> d.name + " (" + d.type.id() + ", 1x in " + d.occurrences.get(0).articleId()
                        + "): the type is inferred from the words around it; confirm it in entities.yml")
                .toList();
    }

    static boolean isIndirect(Cue cue) {
        return cue == Cue.ACRONYM || cue == Cue.CONTEXT || cue == Cue.COLLECTION;
    }
}
