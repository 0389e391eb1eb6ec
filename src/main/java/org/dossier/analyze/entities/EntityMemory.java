package org.dossier.analyze.entities;

import java.util.List;
import org.dossier.analyze.quotes.QuoteMemory;
import org.dossier.memo.Memo;
import org.dossier.model.Entity;
import org.dossier.model.EntityCatalog;

/**
 * What entity analysis keeps from one build to the next in the same process: the gazetteers with the
 * editor's catalog added, the recogniser's readings and evidence, each article's occurrences of names,
 * the work on each distinct name, the forms of names and the clusters, drafts and entities made of them,
 * and each article's quotes. Results are the same with or without it;
 * {@link #none()} keeps nothing. Not thread-safe: one build at a time.
 */
public final class EntityMemory {
    private final boolean enabled;
    private final QuoteMemory quotes;
    private final RecognitionMemory recognition = new RecognitionMemory();
    private final NameMemory names;
    private final ArticleOccurrences occurrences;
    private final CollectionForms forms = new CollectionForms();
    private final ArticleFacts.Memory facts = new ArticleFacts.Memory();
    private final Memo<List<EntityMerger.Form>, EntityMerger.Cluster> joined;
    private final Memo<PeopleBlock, PeopleBlock.Joins> people;
    /** Filled with one catalog and lexicon: forgotten when they change. */
    private final Memo<EntityMerger.Cluster, EntityDraft.Core> cores;
    private final Memo<EntityKey, Entity> entities;
    private Gazetteers base;
    private EntityCatalog catalog;
    private Gazetteers withCatalog;

    private EntityMemory(boolean enabled) {
        this.enabled = enabled;
        this.quotes = enabled ? QuoteMemory.remembering() : QuoteMemory.none();
        this.names = enabled ? NameMemory.remembering() : NameMemory.none();
        this.occurrences = enabled ? ArticleOccurrences.remembering() : ArticleOccurrences.none();
        this.joined = enabled ? Memo.remembering() : Memo.none();
        this.people = enabled ? Memo.remembering() : Memo.none();
        this.cores = enabled ? Memo.remembering() : Memo.none();
        this.entities = enabled ? Memo.remembering() : Memo.none();
    }

    /**
     * An entity's input, when the reading order follows the occurrences: the draft's core (compared by
     * identity, as cores are kept by {@link #cores}), its id, and what handles and derived names added,
     * with the places of the added mentions (those of the occurrences follow from the occurrences).
     */
    record EntityKey(EntityDraft.Core core, String id, List<org.dossier.model.Span> extraMentions, List<String> extraAliases,
                     List<Long> extraPlaces) {
        @Override
        public boolean equals(Object o) {
            return o instanceof EntityKey other && core == other.core && id.equals(other.id) && extraMentions.equals(other.extraMentions)
                    && extraAliases.equals(other.extraAliases) && extraPlaces.equals(other.extraPlaces);
        }

        @Override
        public int hashCode() {
            return 31 * (31 * System.identityHashCode(core) + id.hashCode()) + extraMentions.size();
        }
    }

    public static EntityMemory remembering() {
        return new EntityMemory(true);
    }

    public static EntityMemory none() {
        return new EntityMemory(false);
    }

    /** Ends a build: forgets the occurrences and quotes of articles it did not have, and the names it did not see. */
    public void endBuild() {
        quotes.endBuild();
        occurrences.endBuild();
        names.endBuild();
        joined.endBuild();
        people.endBuild();
        cores.endBuild();
        entities.endBuild();
    }

    /** {@code base} with {@code catalog} added: the same value as last build when neither changed. */
    Gazetteers withCatalog(Gazetteers base, EntityCatalog catalog) {
        if (!enabled) return base.withCatalog(catalog);
        if (base != this.base || !catalog.equals(this.catalog)) {
            this.base = base;
            this.catalog = catalog;
            this.withCatalog = base.withCatalog(catalog);
            cores.clear();
        }
        return withCatalog;
    }

    /** The recogniser's memory; a fresh one for each build when nothing is remembered. */
    RecognitionMemory recognition() {
        if (!enabled) return new RecognitionMemory();
        return recognition;
    }

    ArticleOccurrences occurrences() {
        return occurrences;
    }

    NameMemory names() {
        return names;
    }

    /** The forms of the last collection; a fresh index for each build when nothing is remembered. */
    CollectionForms forms() {
        return enabled ? forms : new CollectionForms();
    }

    /** The facts of articles; a fresh memory for each build when nothing is remembered. */
    ArticleFacts.Memory facts() {
        return enabled ? facts : new ArticleFacts.Memory();
    }

    Memo<List<EntityMerger.Form>, EntityMerger.Cluster> joined() {
        return joined;
    }

    Memo<PeopleBlock, PeopleBlock.Joins> people() {
        return people;
    }

    Memo<EntityMerger.Cluster, EntityDraft.Core> cores() {
        return cores;
    }

    Memo<EntityKey, Entity> entities() {
        return entities;
    }

    QuoteMemory quotes() {
        return quotes;
    }
}
