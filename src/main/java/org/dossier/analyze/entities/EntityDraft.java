package org.dossier.analyze.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.ToLongFunction;
import org.dossier.model.Entity;
import org.dossier.model.EntityType;
import org.dossier.model.Mention;
import org.dossier.model.Span;

/**
 * An entity while it is being put together: what its cluster alone decides is fixed ({@link Core}); the
 * id comes from all drafts, and handles and derived names may add mentions and aliases.
 */
final class EntityDraft {
    /**
     * What one cluster decides on its own: name, type, the editor's description and link, the
     * occurrences, the spellings other than the name (sorted) and the roles (most frequent first).
     * Immutable, and compared by identity: the draft of an unchanged cluster is made once.
     */
    static final class Core {
        final String name;
        final EntityType type;
        final Optional<String> description;
        final Optional<String> link;
        final List<Occurrence> occurrences;
        final List<String> aliases;
        final List<String> roles;
        /** The name's slug, from which the id is made. */
        final String slug;
        /** The lookup keys of the name and the aliases, in that order: derived names are matched by them. */
        final List<String> lookups;
        /** Whether it rests on one mention with only an indirect cue, which the editor is told. */
        final boolean thin;

        Core(String name, EntityType type, Optional<String> description, Optional<String> link, List<Occurrence> occurrences,
             TreeSet<String> aliases, Map<String, Integer> roleCounts, Names names) {
            this.name = name;
            this.type = type;
            this.description = description;
            this.link = link;
            this.occurrences = List.copyOf(occurrences);
            this.aliases = List.copyOf(aliases);
            this.roles = roleCounts.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry::getKey))
                    .map(Map.Entry::getKey).toList();
            this.slug = names.slug(name);
            List<String> lookups = new ArrayList<>(this.aliases.size() + 1);
            lookups.add(names.lookup(name));
            for (String alias : this.aliases) lookups.add(names.lookup(alias));
            this.lookups = List.copyOf(lookups);
            this.thin = this.occurrences.size() == 1 && EntityAnalysis.isIndirect(this.occurrences.get(0).name().cue());
        }
    }

    final Core core;
    final String name;
    final EntityType type;
    final List<Occurrence> occurrences;
    final List<Span> extraMentions = new ArrayList<>();
    /** Aliases added to the core's (handles); null while there are none. */
    private TreeSet<String> extraAliases;
    String id;

    EntityDraft(Core core) {
        this.core = core;
        this.name = core.name;
        this.type = core.type;
        this.occurrences = core.occurrences;
    }

    int mentionCount() {
        return occurrences.size() + extraMentions.size();
    }

    void addAlias(String alias) {
        if (extraAliases == null) extraAliases = new TreeSet<>();
        extraAliases.add(alias);
    }

    /** Whether handles or derived names added to what the cluster decided. */
    boolean hasAdditions() {
        return extraAliases != null || !extraMentions.isEmpty();
    }

    /**
     * What {@link #toEntity} reads, given that {@code blockOrder} follows the occurrences (see {@link
     * ReadingOrder#followsOccurrences}): then the occurrences' places follow from the occurrences, and only
     * the added mentions' places need to be part of it.
     */
    Input input(ToLongFunction<Span> blockOrder) {
        if (!hasAdditions()) return new Input(Same.of(core), id, List.of(), List.of(), List.of());
        List<Long> places = new ArrayList<>(extraMentions.size());
        for (Span s : extraMentions) places.add(blockOrder.applyAsLong(s));
        return new Input(Same.of(core), id, List.copyOf(extraMentions),
                extraAliases == null ? List.of() : List.copyOf(extraAliases), List.copyOf(places));
    }

    /**
     * What {@link #toEntity} reads when the reading order follows the occurrences: the core (the same
     * object, as cores are made once per cluster object), the id, and what handles and derived names added,
     * with the places of the added mentions (those of the occurrences follow from the occurrences).
     */
    record Input(Same<Core> core, String id, List<Span> extraMentions, List<String> extraAliases, List<Long> extraPlaces) {}

    /** The entity made from a draft whose {@link Input} it is. */
    static final Step<Input, Entity> ENTITY = new Step<>("entity of a draft");

    /** The aliases in order, the name perhaps among them when a handle added it. */
    private List<String> aliases() {
        if (extraAliases == null) return core.aliases;
        TreeSet<String> all = new TreeSet<>(core.aliases);
        all.addAll(extraAliases);
        return List.copyOf(all);
    }

    /** The lookup keys of {@link #names()}, in that order. */
    List<String> lookups(Names names) {
        if (extraAliases == null) return core.lookups;
        return names().stream().map(names::lookup).toList();
    }

    /** Every surface form, the name first. */
    List<String> names() {
        List<String> all = new ArrayList<>();
        all.add(name);
        all.addAll(aliases());
        return all;
    }

    /** The entity, its mentions in reading order: by {@code blockOrder} (the block's place in the dossier), then start, then end. */
    Entity toEntity(ToLongFunction<Span> blockOrder) {
        List<Placed> placed = new ArrayList<>(occurrences.size() + extraMentions.size());
        for (Occurrence o : occurrences) placed.add(new Placed(o.span(), blockOrder.applyAsLong(o.span())));
        for (Span s : extraMentions) placed.add(new Placed(s, blockOrder.applyAsLong(s)));
        placed.sort(Placed.READING_ORDER);
        List<Mention> mentions = new ArrayList<>(placed.size());
        int run = 0; // where the spans with the current block, start and end begin
        for (int i = 0; i < placed.size(); i++) {
            if (Placed.READING_ORDER.compare(placed.get(run), placed.get(i)) != 0) run = i;
            if (!isRepeat(placed, run, i)) mentions.add(new Mention(id, placed.get(i).span()));
        }
        List<String> aliasList = aliases().stream().filter(a -> !a.equals(name)).toList();
        return new Entity(id, name, type, aliasList, core.description, core.link, List.copyOf(mentions), core.roles);
    }

    /** A span with its block's place in the dossier, looked up once rather than at every comparison of the sort. */
    private record Placed(Span span, long block) {
        static final Comparator<Placed> READING_ORDER = Comparator.comparingLong(Placed::block)
                .thenComparingInt(p -> p.span().start()).thenComparingInt(p -> p.span().end());
    }

    /**
     * Whether span {@code i} equals one before it in its run of spans in the same place. Each span is a
     * mention once; equal spans sort into one run, and the sort is stable, so keeping the first of each
     * is what a set of the spans in order of their adding, sorted, would give, without hashing every span.
     */
    private static boolean isRepeat(List<Placed> placed, int run, int i) {
        for (int j = run; j < i; j++) if (placed.get(j).span().equals(placed.get(i).span())) return true;
        return false;
    }
}
