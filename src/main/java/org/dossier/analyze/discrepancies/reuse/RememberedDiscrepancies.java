package org.dossier.analyze.discrepancies.reuse;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dossier.analyze.discrepancies.DiscrepancyAnalysis;
import org.dossier.model.BlockKey;
import org.dossier.model.Discrepancy;
import org.dossier.model.Dossier;
import org.dossier.model.Entity;
import org.dossier.model.QuoteGroup;

/**
 * {@link DiscrepancyAnalysis#of} with each subject's findings kept from one build to the next: a subject
 * whose versions (their spans, block texts, mentions, the types of the entities named and the order of their
 * articles) are as last build's is not compared again. Last build's subject is found by its scope and id and
 * then compared, not hashed: its parts are mostly the very objects of last build, which compare at once,
 * where a hash would walk them all. The mentions in the compared blocks are gathered again only when the
 * entities changed or a block is compared that was not before. Numbering is redone whole; it is cheap. Not thread-safe: one build at a time.
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

    /** The discrepancies {@link DiscrepancyAnalysis#of} finds, comparing only the subjects whose versions changed. */
    public List<Discrepancy> of(Dossier dossier, List<QuoteGroup> quoteGroups) {
        List<DiscrepancyAnalysis.Subject> subjects = DiscrepancyAnalysis.subjectsOf(dossier, this::named);
        Map<Key, Compared> now = new HashMap<>();
        List<List<DiscrepancyAnalysis.Finding>> found = subjects.stream().map(subject -> {
            Key key = new Key(subject.scope(), subject.id());
            Compared before = last.get(key);
            Compared compared = before != null && before.subject().equals(subject) ? before
                    : new Compared(subject, DiscrepancyAnalysis.findingsOf(subject));
            now.put(key, compared);
            return compared.findings();
        }).toList();
        last = now;
        return DiscrepancyAnalysis.numbered(subjects, found, dossier, quoteGroups);
    }

    /**
     * {@link DiscrepancyAnalysis#named}: what was found last time, when the entities equal those it was found for
     * (mostly the very objects, compared at once) and the blocks are among its blocks; else gathered afresh.
     */
    private DiscrepancyAnalysis.Named named(List<Entity> entities, Set<BlockKey> blocks) {
        if (named == null || !entities.equals(namedEntities) || !namedBlocks.containsAll(blocks)) {
            named = DiscrepancyAnalysis.named(entities, blocks);
            namedBlocks = Set.copyOf(blocks);
        }
        namedEntities = entities;
        return named;
    }

    /** Ends a build. Nothing to forget: each build keeps only the subjects it asked about. */
    public void endBuild() {
    }
}
