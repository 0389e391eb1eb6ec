package org.dossier.analyze.discrepancies.reuse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dossier.analyze.discrepancies.DiscrepancyAnalysis;
import org.dossier.memo.Memo;
import org.dossier.model.Article;
import org.dossier.model.Block;
import org.dossier.model.BlockKey;
import org.dossier.model.Discrepancy;
import org.dossier.model.Dossier;
import org.dossier.model.Entity;
import org.dossier.model.Event;
import org.dossier.model.Passage;
import org.dossier.model.Span;
import org.dossier.model.TimelineEntry;
import org.dossier.model.QuoteGroup;

/**
 * {@link DiscrepancyAnalysis#of} with each subject and its findings kept from one build to the next. A
 * passage or entry that is last build's very object, in articles that are too, keeps its subject while the
 * articles keep their order and the entities stay as they were (see {@link #subjects}); a subject whose
 * versions (their spans, block texts, mentions, the types of the entities named and the order of their
 * articles) are as last build's is not compared again. Last build's subject is found by its scope and id and
 * then compared, not hashed: its parts are mostly the very objects of last build, which compare at once,
 * where a hash would walk them all. The mentions in the compared blocks are gathered again only when the
 * entities changed or a block is compared that was not before. Numbering is redone whole. Not thread-safe:
 * one build at a time.
 */
public final class RememberedDiscrepancies {
    private record Compared(DiscrepancyAnalysis.Subject subject, List<DiscrepancyAnalysis.Finding> findings) {}

    private record Key(Discrepancy.Scope scope, String id) {}

    /** Last build's subjects, by scope and id. */
    private Map<Key, Compared> last = new HashMap<>();
    /** The entities and blocks the mentions were last gathered for, and what was found. */
    private List<Entity> namedEntities = List.of();
    private Set<BlockKey> namedBlocks = Set.of();
    private DiscrepancyAnalysis.Named named;
    /** Last build's passages and entries (by identity), each with its subject, or null for an entry that was none. */
    private Map<Object, DiscrepancyAnalysis.Subject> lastBySource = new IdentityHashMap<>();
    private List<Article> lastArticles = List.of();
    private List<Entity> lastEntities;

    /**
     * The discrepancies {@link DiscrepancyAnalysis#of} finds, comparing only the subjects whose versions
     * changed, and numbering them again only when a subject, its findings, the quote groups or the entities
     * (by whose names speakers are read) changed.
     */
    public List<Discrepancy> of(Dossier dossier, List<QuoteGroup> quoteGroups) {
        boolean sameEntities = lastEntities != null && dossier.entities().equals(lastEntities);
        List<DiscrepancyAnalysis.Subject> subjects = subjects(dossier, sameEntities);
        Map<Key, Compared> now = new HashMap<>();
        List<Compared> compared = subjects.stream().map(subject -> {
            Key key = new Key(subject.scope(), subject.id());
            Compared before = last.get(key);
            Compared made = before != null && before.subject().equals(subject) ? before
                    : new Compared(subject, DiscrepancyAnalysis.findingsOf(subject));
            now.put(key, made);
            return made;
        }).toList();
        last = now;
        // The numbering reads the subjects' scopes and ids, their findings in order, the quote groups and the
        // entities' names, nothing else: the same subjects and findings (kept objects), the very same groups
        // and equal entities number the same.
        if (numbered == null || !sameEntities || quoteGroups != numberedGroups || !Memo.sameObjects(compared, numberedFrom)) {
            numbered = DiscrepancyAnalysis.numbered(subjects, compared.stream().map(Compared::findings).toList(), dossier, quoteGroups);
            numberedFrom = compared;
            numberedGroups = quoteGroups;
        }
        return numbered;
    }

    /** Last build's numbered discrepancies, and the subjects with their findings and the quote groups they were numbered from. */
    private List<Discrepancy> numbered;
    private List<Compared> numberedFrom = List.of();
    private List<QuoteGroup> numberedGroups;


    /**
     * What {@link DiscrepancyAnalysis#subjectsOf(Dossier)} gives. While the articles keep their order and the
     * entities are as last build's, a passage or entry that is last build's very object (the build's stable
     * parts hand on equal ones so) and whose spans stand in articles that are last build's objects too keeps
     * its subject, which is made only of those; an entry that was no subject stays none. The others' subjects
     * are made as the plain analysis makes them, from the blocks of their own spans, so an edit costs a look
     * at each passage and entry instead of every version's block, mentions and article again.
     */
    private List<DiscrepancyAnalysis.Subject> subjects(Dossier dossier, boolean sameEntities) {
        Set<String> changed = changedArticles(dossier.articles(), lastArticles);
        boolean reuse = changed != null && sameEntities;
        Map<Object, DiscrepancyAnalysis.Subject> bySource = new IdentityHashMap<>();
        List<Object> sources = new ArrayList<>();
        List<List<Span>> spansOf = new ArrayList<>();
        List<DiscrepancyAnalysis.Subject> subjects = new ArrayList<>();
        for (Passage passage : dossier.passages()) {
            if (passage.kind() != Passage.Kind.NEAR) continue;
            sources.add(passage);
            spansOf.add(passage.occurrences());
            subjects.add(reuse ? kept(passage, passage.occurrences(), changed) : null);
        }
        for (TimelineEntry entry : dossier.timeline()) {
            if (reuse && lastBySource.containsKey(entry) && lastBySource.get(entry) == null) {
                bySource.put(entry, null); // the very entry that was reported by one article only: still so
                continue;
            }
            DiscrepancyAnalysis.Subject before = reuse ? keptEntry(entry, changed) : null;
            if (before == null && !DiscrepancyAnalysis.reportedBySeveral(entry)) {
                bySource.put(entry, null);
                continue;
            }
            sources.add(entry);
            // A kept subject needs no spans: only the subjects made again read them.
            spansOf.add(before != null ? null : entry.sources().stream().map(Event::sentence).toList());
            subjects.add(before);
        }
        // The blocks of the subjects to be made, as the plain analysis gathers them for all.
        Set<BlockKey> keys = new HashSet<>();
        for (int i = 0; i < subjects.size(); i++) {
            if (subjects.get(i) == null) spansOf.get(i).forEach(s -> keys.add(BlockKey.of(s)));
        }
        if (!keys.isEmpty()) {
            DiscrepancyAnalysis.Places places = DiscrepancyAnalysis.places(dossier.articles(), keys);
            Map<BlockKey, Block> blocks = places.blocks();
            Map<String, Integer> articlePosition = places.articlePosition();
            DiscrepancyAnalysis.Named found = named(dossier.entities(), blocks.keySet());
            for (int i = 0; i < subjects.size(); i++) {
                if (subjects.get(i) != null) continue;
                boolean passage = sources.get(i) instanceof Passage;
                String id = passage ? ((Passage) sources.get(i)).id() : ((TimelineEntry) sources.get(i)).id();
                subjects.set(i, DiscrepancyAnalysis.subject(passage ? Discrepancy.Scope.PASSAGE : Discrepancy.Scope.ENTRY, id,
                        spansOf.get(i), blocks, found.mentions(), found.types(), articlePosition));
            }
        }
        for (int i = 0; i < subjects.size(); i++) bySource.put(sources.get(i), subjects.get(i));
        lastBySource = bySource;
        lastArticles = dossier.articles();
        lastEntities = dossier.entities();
        return subjects;
    }

    /** Last build's subject of this very passage or entry, unless one of its spans stands in an article that changed. */
    private DiscrepancyAnalysis.Subject kept(Object source, List<Span> spans, Set<String> changed) {
        DiscrepancyAnalysis.Subject before = lastBySource.get(source);
        if (before == null) return null;
        for (Span span : spans) if (changed.contains(span.article())) return null;
        return before;
    }

    /** {@link #kept} for an entry, read off its events' sentences without listing them. */
    private DiscrepancyAnalysis.Subject keptEntry(TimelineEntry entry, Set<String> changed) {
        DiscrepancyAnalysis.Subject before = lastBySource.get(entry);
        if (before == null) return null;
        for (Event event : entry.sources()) if (changed.contains(event.sentence().article())) return null;
        return before;
    }

    /** The ids of the articles that are not last build's objects, or null when the articles' ids or order changed. */
    private static Set<String> changedArticles(List<Article> now, List<Article> before) {
        if (now.size() != before.size()) return null;
        Set<String> changed = new HashSet<>();
        for (int i = 0; i < now.size(); i++) {
            Article a = now.get(i);
            Article b = before.get(i);
            if (a == b) continue;
            if (!a.id().equals(b.id())) return null;
            changed.add(a.id());
        }
        return changed;
    }

    /**
     * {@link DiscrepancyAnalysis#named}: what was found last time, when the entities equal those it was found for
     * (mostly the very objects, compared at once) and the blocks are among its blocks; else gathered afresh.
     */
    private DiscrepancyAnalysis.Named named(List<Entity> entities, Set<BlockKey> blocks) {
        if (named == null || !entities.equals(namedEntities)) {
            named = DiscrepancyAnalysis.named(entities, blocks);
            namedBlocks = Set.copyOf(blocks);
        } else if (!namedBlocks.containsAll(blocks)) {
            // The blocks asked for before as well: a rebuild asks only for those of the subjects it makes again.
            Set<BlockKey> both = new HashSet<>(namedBlocks);
            both.addAll(blocks);
            named = DiscrepancyAnalysis.named(entities, both);
            namedBlocks = Set.copyOf(both);
        }
        namedEntities = entities;
        return named;
    }

    /** Ends a build. Nothing to forget: each build keeps only the subjects it asked about. */
    public void endBuild() {
    }
}
