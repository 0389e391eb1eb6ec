package org.dossier.analyze.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.dossier.model.EntityCatalog;
import org.dossier.model.EntityType;
import org.dossier.text.Transliteration;

/**
 * Turns clusters of occurrences into entity drafts: the canonical name (the editor's, else the most
 * frequent full form in Latin script), aliases, roles seen before the name, and a unique slug id.
 */
final class EntityBuilder {
    private EntityBuilder() {}

    /**
     * What one cluster decides on its own depends on the cluster (the same object) and on the catalog and
     * lexicon, both given by the gazetteers with the catalog added (the same object while neither changes).
     */
    record CoreInput(Same<EntityMerger.Cluster> cluster, Same<Gazetteers> withCatalog) {}

    static final Step<CoreInput, EntityDraft.Core> CORE = new Step<>("core of a cluster's draft");

    /** The drafts of the clusters, in cluster order, with their ids. */
    static List<EntityDraft> drafts(List<EntityMerger.Cluster> clusters, EntityCatalog catalog, Gazetteers withCatalog, Names names,
                                    Shortcuts shortcuts) {
        Lexicon lexicon = withCatalog.lexicon();
        Map<String, String> normalRoles = new ConcurrentHashMap<>(); // the same few roles recur in every cluster
        // Each cluster makes its draft on its own, so they are made in parallel (in cluster order).
        List<EntityDraft> drafts = clusters.parallelStream()
                .filter(cluster -> !NationalityWords.only(cluster.occurrences(), withCatalog))
                .map(cluster -> new EntityDraft(shortcuts.recall(CORE, new CoreInput(Same.of(cluster), Same.of(withCatalog)),
                        in -> core(cluster, catalog, lexicon, names, normalRoles))))
                .collect(Collectors.toCollection(ArrayList::new));
        assignIds(drafts);
        return drafts;
    }

    private static EntityDraft.Core core(EntityMerger.Cluster cluster, EntityCatalog catalog, Lexicon lexicon, Names names,
                                         Map<String, String> normalRoles) {
        Optional<EntityCatalog.Entry> entry = EntityMerger.catalogKey(cluster.occurrences())
                .flatMap(key -> catalog.entries().stream().filter(e -> ("catalog:" + NameKey.lookup(e.name())).equals(key)).findFirst());
        EntityType type = entry.map(EntityCatalog.Entry::type).orElse(cluster.type());
        String name = entry.map(EntityCatalog.Entry::name).orElseGet(() -> canonicalName(cluster.occurrences(), type));
        // Spellings gathered in a hash set first: a cluster repeats a few, and comparing equal strings in the sorted set costs more.
        Set<String> spellings = new HashSet<>();
        Map<String, Integer> roles = new HashMap<>();
        for (Occurrence o : cluster.occurrences()) {
            spellings.add(o.surface());
            o.name().role().ifPresent(r -> roles.merge(normalRoles.computeIfAbsent(r, x -> normalRole(x, lexicon)), 1, Integer::sum));
        }
        java.util.TreeSet<String> aliases = new java.util.TreeSet<>(spellings);
        aliases.remove(name);
        return new EntityDraft.Core(name, type, entry.flatMap(EntityCatalog.Entry::description), entry.flatMap(EntityCatalog.Entry::link),
                cluster.occurrences(), aliases, roles, names);
    }

    /**
     * The most frequent form, preferring forms in Latin script and, for people, full names; ties go
     * to the longer form, then the alphabetically first.
     */
    static String canonicalName(List<Occurrence> occurrences, EntityType type) {
        // The preference orders every two forms (the last tie-break is the form itself), so the order of counting is free.
        Map<String, Integer> counts = new HashMap<>();
        for (Occurrence o : occurrences) counts.merge(o.surface(), 1, Integer::sum);
        java.util.Set<String> written = new java.util.HashSet<>();
        for (String form : counts.keySet()) if (!isShouted(form)) written.add(form.toLowerCase(Locale.ROOT));
        Comparator<Map.Entry<String, Integer>> preference = Comparator
                .<Map.Entry<String, Integer>, Boolean>comparing(e -> !Transliteration.hasCyrillic(e.getKey()))
                .thenComparing(e -> !(isShouted(e.getKey()) && written.contains(e.getKey().toLowerCase(Locale.ROOT))))
                .thenComparing(e -> type != EntityType.PERSON || e.getKey().trim().indexOf(' ') > 0)
                .thenComparing(Map.Entry::getValue)
                .thenComparing(e -> e.getKey().length())
                .thenComparing(Map.Entry::getKey, Comparator.reverseOrder());
        return counts.entrySet().stream().max(preference).orElseThrow().getKey();
    }

    /** A headline's capitals: REUTER beside Reuter. */
    private static boolean isShouted(String form) {
        return form.length() > 5 && form.equals(form.toUpperCase(Locale.ROOT)) && !form.equals(form.toLowerCase(Locale.ROOT));
    }

    /** "President" at a sentence start is the role "president"; "Russisch president" keeps its capital. */
    private static String normalRole(String role, Lexicon lexicon) {
        String firstWord = role.split("\\s+")[0].toLowerCase(Locale.ROOT);
        if (lexicon.roles().contains(role.toLowerCase(Locale.ROOT)) || lexicon.roles().contains(firstWord)) {
            return role.toLowerCase(Locale.ROOT);
        }
        return role;
    }

    /** Slugs of the names; a clash gets the type, then a number, in a content-derived order. */
    private static void assignIds(List<EntityDraft> drafts) {
        Map<String, List<EntityDraft>> bySlug = new HashMap<>();
        for (EntityDraft d : drafts) bySlug.computeIfAbsent(d.core.slug, k -> new ArrayList<>(1)).add(d);
        Set<String> used = new HashSet<>(); // ids made for clashes; every slug is taken too
        // Most slugs are one entity's and simply its id; only clashes need an order, that of their slugs.
        Map<String, List<EntityDraft>> clashes = new TreeMap<>();
        bySlug.forEach((slug, same) -> {
            if (same.size() == 1) same.get(0).id = slug;
            else clashes.put(slug, same);
        });
        for (Map.Entry<String, List<EntityDraft>> e : clashes.entrySet()) {
            List<EntityDraft> same = e.getValue().stream()
                    .sorted(Comparator.comparing((EntityDraft d) -> d.type).thenComparing(d -> -d.occurrences.size())
                            .thenComparing(d -> d.name))
                    .toList();
            same.get(0).id = e.getKey();
            for (int i = 1; i < same.size(); i++) {
                String id = e.getKey() + "-" + same.get(i).type.id();
                for (int n = 2; bySlug.containsKey(id) || used.contains(id); n++) id = e.getKey() + "-" + same.get(i).type.id() + "-" + n;
                used.add(id);
                same.get(i).id = id;
            }
        }
    }
}
