package org.dossier.analyze.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dossier.analyze.quotes.QuoteAnalysis;
import org.dossier.memo.Memo;
import org.dossier.model.Article;
import org.dossier.model.Entity;
import org.dossier.model.EntityCatalog;
import org.dossier.model.Quote;
import org.dossier.model.Span;

/**
 * The pipeline's entry to entities and quotes: recognise names in every block of every article (the
 * collection read as a whole), merge them into entities, attach handles and quotes. Pure.
 */
public final class EntityAnalysis {
    private EntityAnalysis() {}

    /** With the shipped rule-based recogniser over the given gazetteers and the editor's catalog. */
    public static EntityResult analyze(List<Article> articles, EntityCatalog catalog, Gazetteers gazetteers) {
        return analyze(articles, catalog, gazetteers, EntityMemory.none());
    }

    /**
     * The same result, reusing what {@code memory} kept from the last build: only texts that changed, or
     * whose collection evidence changed, are read again, and only articles whose text or names changed
     * have their quotes found again.
     */
    public static EntityResult analyze(List<Article> articles, EntityCatalog catalog, Gazetteers gazetteers, EntityMemory memory) {
        Gazetteers withCatalog = memory.withCatalog(gazetteers, catalog);
        RuleBasedRecognizer recognizer = RuleBasedRecognizer.of(withCatalog);
        return analyze(articles, catalog, withCatalog, texts -> recognizer.recognizeAll(texts, memory.recognition()), memory);
    }

    /** With any recogniser; {@code gazetteers} still give the word lists that merging reads. */
    public static EntityResult analyze(List<Article> articles, EntityCatalog catalog, Gazetteers gazetteers,
                                       EntityRecognizer recognizer) {
        Objects.requireNonNull(recognizer, "recognizer");
        return analyze(articles, catalog, gazetteers, recognizer::recognizeAll, EntityMemory.none());
    }

    private static EntityResult analyze(List<Article> articles, EntityCatalog catalog, Gazetteers gazetteers,
                                        Function<List<LanguageText>, List<List<NameSpan>>> recognizer, EntityMemory memory) {
        Objects.requireNonNull(articles, "articles");
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(gazetteers, "gazetteers");
        Objects.requireNonNull(recognizer, "recognizer");
        NameMemory names = memory.names();
        List<ArticleFacts> facts = memory.facts().of(articles);
        List<List<Occurrence>> occurrences = recognise(articles, facts, recognizer, memory.occurrences());
        Set<String> ignored = catalog.ignored().stream().map(NameKey::lookup).collect(Collectors.toSet());
        CollectionForms.Update forms = memory.forms().update(occurrences, ignored, names);
        List<String> uncertain = new ArrayList<>();
        List<EntityMerger.Cluster> clusters = EntityMerger.cluster(forms, uncertain, names, memory.joined(), memory.people());
        List<EntityDraft> drafts = EntityBuilder.drafts(clusters, catalog, gazetteers.lexicon(), names, memory.cores());
        Handles.link(articles, facts, drafts);
        linkDerived(forms.derived(), drafts, names);
        ReadingOrder readingOrder = ReadingOrder.of(articles, facts);
        // Each draft becomes its entity on its own (sorting its mentions into reading order): in parallel. When
        // the order follows the occurrences, an entity whose draft is as last build's is the one made then.
        Memo<EntityMemory.EntityKey, Entity> made = memory.entities();
        List<Entity> entities = drafts.parallelStream()
                .map(d -> !readingOrder.followsOccurrences() ? d.toEntity(readingOrder)
                        : made.get(d.key(readingOrder), k -> d.toEntity(readingOrder)))
                .sorted(Comparator.comparing(Entity::type).thenComparingInt((Entity e) -> -e.mentions().size()).thenComparing(Entity::id))
                .toList();
        uncertain.addAll(0, weakNotes(forms.weak()));
        uncertain.addAll(thinEvidenceNotes(drafts));
        List<Quote> quotes = QuoteAnalysis.find(articles, entities, memory.quotes());
        return new EntityResult(entities, quotes, uncertain);
    }

    /** The occurrences of each article, in the order found. */
    private static List<List<Occurrence>> recognise(List<Article> articles, List<ArticleFacts> facts,
                                                    Function<List<LanguageText>, List<List<NameSpan>>> recognizer, ArticleOccurrences kept) {
        List<LanguageText> texts = new ArrayList<>();
        int[] blockCounts = new int[articles.size()];
        for (int a = 0; a < articles.size(); a++) {
            List<LanguageText> own = facts.get(a).texts();
            blockCounts[a] = own.size();
            texts.addAll(own);
        }
        List<List<NameSpan>> found = recognizer.apply(texts);
        List<List<Occurrence>> occurrences = new ArrayList<>(articles.size());
        int first = 0; // each article's blocks follow one another in the texts
        for (int a = 0; a < articles.size(); a++) {
            occurrences.add(kept.of(a, articles.get(a), found.subList(first, first + blockCounts[a])));
            first += blockCounts[a];
        }
        return occurrences;
    }

    /** "NAVO-top", "VLD-voorzitter", "SP'ers": the name part is a mention when that name is an entity. */
    private static void linkDerived(List<Occurrence> derived, List<EntityDraft> drafts, NameMemory names) {
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
