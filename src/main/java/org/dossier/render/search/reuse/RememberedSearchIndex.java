package org.dossier.render.search.reuse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.dossier.model.Article;
import org.dossier.model.Dossier;
import org.dossier.model.Entity;
import org.dossier.model.EntityCatalog;
import org.dossier.model.Event;
import org.dossier.model.TimelineEntry;
import org.dossier.render.search.Analysed;
import org.dossier.render.search.Analyser;
import org.dossier.render.search.CatalogNames;
import org.dossier.render.search.DocTerms;
import org.dossier.render.search.IndexFiles;
import org.dossier.render.search.Kinds;
import org.dossier.render.search.Numbering;
import org.dossier.render.search.Postings;
import org.dossier.render.search.SearchIndex;
import org.dossier.render.search.Shards;

/**
 * The files of {@link SearchIndex}, made again only where the dossier changed. It keeps the terms of each
 * article, entity and timeline entry by its id, with the thing they were read from; the index's postings,
 * forms and compounds in a {@link TermTable} that a rebuild updates for the things that changed; and each
 * term shard's and compound file's bytes, which it makes again only for the shards whose keys changed (or
 * all of a first letter's shards, when the changed sizes cut that letter into other shards). The other
 * files, small or cut by number, are made again only when their data changed. Not thread-safe: one build
 * at a time.
 */
public final class RememberedSearchIndex {
    private static final int ARTICLES = 0;
    private static final int ENTITIES = 1;
    private static final int ENTRIES = 2;

    private final ThreadLocal<Analyser> analysers = ThreadLocal.withInitial(Analyser::new);
    /** What each group of things was at the last build: its things' sources and terms, and its average lengths. */
    private final Group[] groups = {new Group(), new Group(), new Group()};
    private TermTable table = new TermTable();
    /** Each first letter's shard prefixes, and each term shard's bytes by its prefix. */
    private final Map<String, List<String>> prefixesByGroup = new HashMap<>();
    /** Each first letter's cut, with what tells whether changed keys move it. */
    private final Map<String, LetterCut> cuts = new HashMap<>();
    private final Map<String, byte[]> shards = new HashMap<>();
    private final Map<String, byte[]> heads = new HashMap<>();
    /** The other files' scripts by name, each with the input it was made of: this build's, and the last one's. */
    private Map<String, Made> scripts = new HashMap<>();
    private Map<String, Made> lastScripts = new HashMap<>();

    private record Made(Object input, byte[] bytes) {}

    /**
     * A group's things as last indexed: in the group's order, each one's source (with, for entries, the
     * languages read) and its terms; the terms by number; and the group's average lengths.
     */
    private static final class Group {
        /** The things as the dossier gave them, by place, and each one's source. */
        Object[] originals = {};
        List<Source> sources = List.of();
        List<Analysed> analysed = List.of();
        Analysed[] byNumber = {};
        /** The things by number, and (for entries) the page that shows each. */
        Object[] things = {};
        String[] pages = {};
        double[] averages = {};
        /** The ids in the group's order, and the numbering they gave. */
        String[] ids = {};
        Numbering numbering;
    }

    /**
     * What this build's files may take from the last one's without their input: not the {@code docs/} files
     * named here (a number of theirs changed thing; an entry's, page or the title of an article it cites), and
     * {@code filters} only when no number, outlet, date or language it shows changed.
     */
    private Set<String> changedDocs = new HashSet<>();
    private boolean filtersKept;

    /** A thing to index and what its terms depend on, besides itself. */
    private record Source(Object thing, Object context) {}

    /** Every file of the index, for a dossier without an editor's catalog and a timeline on one page. */
    public Map<String, byte[]> files(Dossier dossier) {
        return files(dossier, EntityCatalog.empty());
    }

    /** Every file of the index, as {@link SearchIndex#files(Dossier, EntityCatalog)} gives them. */
    public Map<String, byte[]> files(Dossier dossier, EntityCatalog catalog) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        write(dossier, catalog, id -> SearchIndex.TIMELINE, files::put);
        return files;
    }

    /** The files {@link SearchIndex#write} hands to {@code out}, in the same order, with the same bytes. */
    public void write(Dossier dossier, EntityCatalog catalog, Function<String, String> timelinePage, BiConsumer<String, byte[]> out) {
        try {
            writeFiles(CatalogNames.added(dossier, catalog), timelinePage, out);
        } catch (RuntimeException | Error e) {
            // The table may be half updated: start afresh next time.
            forget();
            throw e;
        }
    }

    /** Ends a build: the memory of the other files keeps only what this build used. */
    public void endBuild() {
        lastScripts = scripts;
        scripts = new HashMap<>();
    }

    private void forget() {
        for (int g = 0; g < groups.length; g++) groups[g] = new Group();
        changedDocs = new HashSet<>();
        filtersKept = false;
        table = new TermTable();
        prefixesByGroup.clear();
        cuts.clear();
        shards.clear();
        heads.clear();
        scripts.clear();
        lastScripts.clear();
    }

    private void writeFiles(Dossier dossier, Function<String, String> timelinePage, BiConsumer<String, byte[]> out) {
        Map<String, String> languageOf = SearchIndex.languages(dossier.articles());
        Set<String> relanguaged = relanguaged(dossier.articles());
        List<Source> articles = sources(ARTICLES, dossier.articles(), a -> new Source(a, null), a -> true);
        List<Source> entities = sources(ENTITIES, dossier.entities(), e -> new Source(shown(e), e.mentions().size()), e -> true);
        List<Source> entries = sources(ENTRIES, dossier.timeline(), t -> new Source(t, languagesOf(t, languageOf)), t -> relanguaged != null
                && (relanguaged.isEmpty() || t.sources().stream().noneMatch(e -> relanguaged.contains(e.sentence().article()))));
        List<List<Analysed>> analysed = List.of(
                analysed(ARTICLES, articles, true, source -> analysers.get().article((Article) source.thing())),
                analysed(ENTITIES, entities, false, source -> analysers.get().entity((Entity) source.thing())),
                analysed(ENTRIES, entries, false, source -> analysers.get().entry((TimelineEntry) source.thing(), languageOf)));
        List<double[]> averages = List.of(
                new double[] {Postings.averageLength(analysed.get(ARTICLES), true), Postings.averageLength(analysed.get(ARTICLES), false)},
                new double[] {Postings.averageLength(analysed.get(ENTITIES), true)},
                new double[] {Postings.averageLength(analysed.get(ENTRIES), true)});
        Numbering lastArticles = groups[ARTICLES].numbering;
        Numbering lastEntries = groups[ENTRIES].numbering;
        IndexFiles.Numbers numbers = new IndexFiles.Numbers(
                numbering(ARTICLES, dossier.articles(), Article::id, IndexFiles.ARTICLES_PER_FILE),
                numbering(ENTITIES, dossier.entities(), Entity::id, IndexFiles.ENTITIES_PER_FILE),
                numbering(ENTRIES, dossier.timeline(), TimelineEntry::id, IndexFiles.ENTRIES_PER_FILE));
        update(List.of(articles, entities, entries), analysed, List.of(numbers.articles(), numbers.entities(), numbers.entries()), averages);
        changedPages(dossier.timeline(), numbers.entries(), timelinePage);
        filtersKept = filtersKept && numbers.articles() == lastArticles && numbers.entries() == lastEntries;

        TermTable.Changes changes = table.takeChanges();
        List<List<String>> termShards = new ArrayList<>();
        Map<String, List<String>> lastPrefixes = new HashMap<>(prefixesByGroup);
        prefixesByGroup.clear();
        Map<String, byte[]> lastShards = new HashMap<>(shards);
        shards.clear();
        Map<String, LetterCut> lastCuts = new HashMap<>(cuts);
        cuts.clear();
        for (String group : table.groups()) {
            List<String> prefixes = lastPrefixes.get(group);
            Map<String, int[]> changedKeys = changes.byGroup().get(group);
            LetterCut letterCut = prefixes == null ? null : lastCuts.get(group);
            Shards.Cut cut = null;
            SortedMap<String, Integer> sizes = table.sizes(group);
            // The letter is cut again only when its changed keys could move a cut: a size past the limit, a
            // shard emptied, a key where the cut has no shard for it.
            if (prefixes == null || letterCut == null || (changedKeys != null && !letterCut.update(changedKeys))) {
                cut = Shards.cut(sizes);
                prefixes = cut.prefixes();
                letterCut = new LetterCut(cut, sizes);
            }
            cuts.put(group, letterCut);
            // A changed key dirties its own shard; when the letter is cut differently, every shard of it.
            boolean cutAlike = prefixes.equals(lastPrefixes.get(group));
            java.util.Set<String> dirty = new java.util.HashSet<>();
            java.util.Set<String> prefixSet = cutAlike && changedKeys != null ? new java.util.HashSet<>(prefixes) : null;
            if (prefixSet != null) {
                for (String key : changedKeys.keySet()) dirty.add(shardOfKey(key, prefixSet));
            }
            if (cut == null && !cutAlike) throw new IllegalStateException("a group without changes was cut anew");
            Map<String, Map<String, Object>> shardForms = new HashMap<>();
            Map<String, Map<String, Object>> shardPostings = new HashMap<>();
            BiConsumer<String, String> gather = (key, prefix) -> {
                List<String> stems = table.stems(key);
                if (stems != null) shardForms.computeIfAbsent(prefix, p -> new LinkedHashMap<>()).put(key, stems);
                int[] postings = table.postings(key);
                if (postings != null) shardPostings.computeIfAbsent(prefix, p -> new LinkedHashMap<>()).put(key, IndexFiles.postingList(postings));
            };
            if (!cutAlike) {
                // Cut anew: every key, in order, goes to the shard the cut gave it.
                for (int k = 0; k < cut.keys().length; k++) gather.accept(cut.keys()[k], cut.prefixOf()[k]);
            } else if (!dirty.isEmpty()) {
                for (String key : keysOf(sizes, dirty)) {
                    String prefix = shardOfKey(key, prefixSet);
                    if (dirty.contains(prefix)) gather.accept(key, prefix);
                }
            }
            for (String prefix : prefixes) {
                String name = IndexFiles.termShardName(prefix);
                byte[] bytes = cutAlike && !dirty.contains(prefix) ? lastShards.get(prefix)
                        : IndexFiles.script(name, IndexFiles.termShardData(shardForms.getOrDefault(prefix, new LinkedHashMap<>()),
                        shardPostings.getOrDefault(prefix, new LinkedHashMap<>())));
                shards.put(prefix, Objects.requireNonNull(bytes, prefix));
                out.accept(IndexFiles.path(name), bytes);
                termShards.add(List.of(prefix, name));
            }
            prefixesByGroup.put(group, prefixes);
        }

        List<List<String>> headShards = new ArrayList<>();
        Map<String, byte[]> lastHeads = new HashMap<>(heads);
        heads.clear();
        for (String end : table.ends()) {
            String name = IndexFiles.headShardName(end);
            byte[] bytes = lastHeads.get(end);
            if (bytes == null || changes.ends().contains(end)) {
                List<List<String>> words = new ArrayList<>();
                table.compounds(end).forEach((word, stem) -> words.add(List.of(word, stem)));
                bytes = IndexFiles.script(name, words);
            }
            heads.put(end, bytes);
            out.accept(IndexFiles.path(name), bytes);
            headShards.add(List.of(end, name));
        }

        IndexFiles writer = new IndexFiles(out, new IndexFiles.Scripts() {
            // A file whose input equals last build's has last build's bytes: the input is compared, not hashed,
            // and for the docs of articles and entities it is the things themselves, mostly the very same objects.
            @Override
            public <T> byte[] script(String name, T input, Function<? super T, ?> data) {
                Made last = lastMade(name);
                Made made = last != null && last.input().equals(input) ? last : new Made(input, IndexFiles.script(name, data.apply(input)));
                scripts.put(name, made);
                return made.bytes();
            }

            // A docs file none of whose numbers changed thing (nor, for entries, page or cited title) since the
            // last build, and filters when nothing it shows changed, have its bytes: decided from the numbers
            // update() saw change, without making the rows.
            @Override
            public byte[] kept(String name) {
                boolean unchanged = name.equals("filters") ? filtersKept : name.startsWith("docs/") && !changedDocs.contains(name);
                Made last = unchanged ? lastMade(name) : null;
                if (last == null) return null;
                scripts.put(name, last);
                return last.bytes();
            }
        });
        writer.docs(dossier, numbers, timelinePage);
        writer.order(numbers);
        int documents = 0;
        for (List<Analysed> group : analysed) {
            for (Analysed thing : group) documents += group == analysed.get(ARTICLES) ? thing.docs().size() : 1;
        }
        writer.meta(dossier, numbers, documents, termShards, headShards);
    }

    /**
     * The last made file {@code name}: this build's when a write of it already made it (a second write before
     * {@link #endBuild}), else the last build's; what update() compares with is the last write's.
     */
    private Made lastMade(String name) {
        Made made = scripts.get(name);
        return made != null ? made : lastScripts.get(name);
    }

    /** The numbering of a group: the last one when its ids, in order, are the last ones. */
    private <T> Numbering numbering(int group, List<T> things, Function<T, String> idOf, int perFile) {
        Group last = groups[group];
        String[] ids = new String[things.size()];
        boolean same = last.numbering != null && last.ids.length == ids.length;
        for (int i = 0; i < ids.length; i++) {
            ids[i] = idOf.apply(things.get(i));
            same = same && ids[i].equals(last.ids[i]);
        }
        if (!same) {
            last.numbering = Numbering.of(java.util.Arrays.asList(ids), perFile);
            last.ids = ids;
        }
        return last.numbering;
    }

    /** Marks the entries' docs files where an entry is shown on another page than at the last build. */
    private void changedPages(List<TimelineEntry> timeline, Numbering numbering, Function<String, String> timelinePage) {
        Group last = groups[ENTRIES];
        String[] pages = new String[numbering.limit()];
        for (int i = 0; i < timeline.size(); i++) {
            int n = numbering.number(i);
            pages[n] = timelinePage.apply(timeline.get(i).id());
            if (n >= last.pages.length || !pages[n].equals(last.pages[n])) changedDocs.add(IndexFiles.docsName("docs/t", numbering, n));
        }
        last.pages = pages;
    }

    /** The keys of {@code sizes}, all or (when {@code prefixes} are given) those that start with one of them. */
    private static Iterable<String> keysOf(SortedMap<String, Integer> sizes, java.util.Set<String> prefixes) {
        if (prefixes == null) return sizes.keySet();
        java.util.Set<String> keys = new java.util.LinkedHashSet<>();
        for (String prefix : new java.util.TreeSet<>(prefixes)) {
            keys.addAll(sizes.subMap(prefix, prefix + Character.MAX_VALUE).keySet());
        }
        return keys;
    }

    /**
     * The shard of {@code key}: the longest of the {@code prefixes} that it starts with. Shard prefixes are
     * whole code points, so the key's own prefixes are tried, longest first: a letter has hundreds of shards,
     * and a rebuild asks for the shard of every key of each shard it makes again.
     */
    private static String shardOfKey(String key, java.util.Set<String> prefixes) {
        for (int end = key.length(); end > 0; end = key.offsetByCodePoints(end, -1)) {
            String prefix = key.substring(0, end);
            if (prefixes.contains(prefix)) return prefix;
        }
        throw new IllegalStateException("no shard of its letter holds the key " + key);
    }

    /**
     * Each thing's source: the last build's where the very same thing stands at the same place and what its
     * terms depend on besides ({@code sameContext}) cannot have changed; made afresh for the rest.
     */
    private <T> List<Source> sources(int group, List<T> things, Function<T, Source> sourceOf, java.util.function.Predicate<T> sameContext) {
        Group last = groups[group];
        Source[] sources = new Source[things.size()];
        for (int i = 0; i < sources.length; i++) {
            T thing = things.get(i);
            boolean same = i < last.originals.length && last.originals[i] == thing && sameContext.test(thing);
            sources[i] = same ? last.sources.get(i) : sourceOf.apply(thing);
        }
        last.originals = things.toArray();
        return java.util.Arrays.asList(sources);
    }

    /**
     * The ids of the articles whose language changed since the last build, so that only the entries citing
     * them are stemmed again; null when the articles' ids are not the last ones, place by place.
     */
    private Set<String> relanguaged(List<Article> articles) {
        Object[] last = groups[ARTICLES].originals;
        if (last.length != articles.size()) return null;
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < last.length; i++) {
            Article now = articles.get(i);
            if (now == last[i]) continue;
            Article was = (Article) last[i];
            if (!now.id().equals(was.id())) return null;
            if (!now.language().equals(was.language())) ids.add(now.id());
        }
        return ids;
    }

    /** The languages of the articles an entry's sentences come from: an entry is stemmed in them. */
    private static List<String> languagesOf(TimelineEntry entry, Map<String, String> languageOf) {
        List<String> languages = new ArrayList<>();
        for (Event event : entry.sources()) languages.add(languageOf.getOrDefault(event.sentence().article(), "und"));
        return languages;
    }

    /**
     * The terms of each source of a group: the last build's where the source at the same place, or the one with
     * the same id, is equal; read afresh (in parallel for articles) for the rest.
     */
    private List<Analysed> analysed(int group, List<Source> sources, boolean parallel, Function<Source, Analysed> read) {
        Group last = groups[group];
        Map<String, Integer> lastSlotById = null;
        Analysed[] result = new Analysed[sources.size()];
        List<Integer> unread = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            Source source = sources.get(i);
            if (i < last.sources.size() && (source == last.sources.get(i) || source.equals(last.sources.get(i)))) {
                result[i] = last.analysed.get(i);
                continue;
            }
            if (lastSlotById == null) {
                lastSlotById = new HashMap<>();
                for (int j = 0; j < last.sources.size(); j++) lastSlotById.put(idOf(last.sources.get(j).thing()), j);
            }
            Integer j = lastSlotById.get(idOf(source.thing()));
            if (j != null && source.equals(last.sources.get(j))) result[i] = last.analysed.get(j);
            else unread.add(i);
        }
        (parallel ? unread.parallelStream() : unread.stream()).forEach(i -> result[i] = read.apply(sources.get(i)));
        return List.of(result);
    }

    /**
     * An entity as the index reads and shows it: without its mentions (the index shows their number, the
     * source's context) and link, which a rebuild recreates and would otherwise compare one by one.
     */
    private static Entity shown(Entity e) {
        return new Entity(e.id(), e.name(), e.type(), e.aliases(), e.description(), java.util.Optional.empty(), List.of(), e.roles());
    }

    private static String idOf(Object thing) {
        if (thing instanceof Article a) return a.id();
        if (thing instanceof Entity e) return e.id();
        return ((TimelineEntry) thing).id();
    }

    /**
     * Brings the table to the new things: each number whose terms are not the very ones it had is taken out
     * and put in again (an edit moves only the numbers of the things it touched and of a few neighbours); a
     * group whose average lengths changed (every weight of it changes) is put in again whole, and when most
     * numbers change the table is made afresh.
     */
    private void update(List<List<Source>> sources, List<List<Analysed>> analysed, List<Numbering> numberings, List<double[]> averages) {
        List<Analysed[]> byNumber = new ArrayList<>();
        List<Object[]> thingsByNumber = new ArrayList<>();
        List<List<Integer>> changed = new ArrayList<>();
        changedDocs = new HashSet<>();
        filtersKept = true;
        Set<String> retitled = new HashSet<>();
        int changes = 0;
        int total = 0;
        for (int g = 0; g < groups.length; g++) {
            Group last = groups[g];
            List<Analysed> now = analysed.get(g);
            Numbering numbering = numberings.get(g);
            Analysed[] after = new Analysed[numbering.limit()];
            Object[] things = new Object[numbering.limit()];
            for (int i = 0; i < now.size(); i++) {
                after[numbering.number(i)] = now.get(i);
                things[numbering.number(i)] = sources.get(g).get(i).thing();
            }
            byNumber.add(after);
            thingsByNumber.add(things);
            boolean whole = !java.util.Arrays.equals(last.averages, averages.get(g));
            List<Integer> numbers = new ArrayList<>();
            String docs = "docs/" + "aet".charAt(g);
            for (int n = 0; n < Math.max(after.length, last.byNumber.length); n++) {
                Analysed before = n < last.byNumber.length ? last.byNumber[n] : null;
                Analysed thing = n < after.length ? after[n] : null;
                if (before != thing) {
                    // Terms are read again only for a thing that changed, so the very same terms mean the same thing.
                    Object was = n < last.things.length ? last.things[n] : null;
                    Object is = n < things.length ? things[n] : null;
                    changedDocs.add(IndexFiles.docsName(docs, numbering, n));
                    filtersKept = filtersKept && sameFilters(was, is);
                    if (g == ARTICLES) retitle(was, is, retitled);
                }
                if (before != thing || (whole && thing != null)) numbers.add(n);
            }
            changed.add(numbers);
            changes += numbers.size();
            total += now.size();
        }
        if (!retitled.isEmpty()) {
            // An entry's docs row shows its sources' article titles.
            Numbering entries = numberings.get(ENTRIES);
            List<Source> timeline = sources.get(ENTRIES);
            for (int i = 0; i < timeline.size(); i++) {
                for (Event event : ((TimelineEntry) timeline.get(i).thing()).sources()) {
                    if (retitled.contains(event.sentence().article())) changedDocs.add(IndexFiles.docsName("docs/t", entries, entries.number(i)));
                }
            }
        }
        boolean afresh = changes > total / 4 + 16;
        if (afresh) table = new TermTable();
        for (int g = 0; g < groups.length; g++) {
            Group last = groups[g];
            Analysed[] after = byNumber.get(g);
            double[] average = averages.get(g);
            java.util.function.ToDoubleFunction<DocTerms> lengths = g == ARTICLES
                    ? doc -> doc.sub() == Kinds.ARTICLE ? average[0] : average[1]
                    : doc -> average[0];
            if (afresh) {
                for (int n = 0; n < after.length; n++) {
                    if (after[n] != null) table.add(TermTable.slot(g, n), after[n], lengths);
                }
            } else {
                for (int n : changed.get(g)) {
                    Analysed before = n < last.byNumber.length ? last.byNumber[n] : null;
                    Analysed thing = n < after.length ? after[n] : null;
                    if (before != null && thing != null) table.replace(TermTable.slot(g, n), before, thing, lengths);
                    else if (before != null) table.remove(TermTable.slot(g, n), before);
                    else if (thing != null) table.add(TermTable.slot(g, n), thing, lengths);
                }
            }
            last.sources = new ArrayList<>(sources.get(g));
            last.analysed = analysed.get(g);
            last.byNumber = after;
            last.things = thingsByNumber.get(g);
            last.averages = average;
        }
        if (afresh) {
            // Every shard is made again: forget the cut of each letter, so none is taken as it was.
            prefixesByGroup.clear();
            cuts.clear();
            heads.clear();
        }
    }

    /** Whether what {@code filters} shows of a thing (an article's outlet, date and language, an entry's date) stayed. */
    private static boolean sameFilters(Object was, Object is) {
        if (was instanceof Article a && is instanceof Article b) {
            return a.outlet().equals(b.outlet()) && a.date().equals(b.date()) && a.language().equals(b.language());
        }
        if (was instanceof TimelineEntry a && is instanceof TimelineEntry b) return a.date().equals(b.date());
        return was instanceof Entity || is instanceof Entity;
    }

    /** Notes the id of an article added, removed or given another title: the entries that cite it show it. */
    private static void retitle(Object was, Object is, Set<String> retitled) {
        Article a = (Article) was;
        Article b = (Article) is;
        if (a != null && b != null && a.id().equals(b.id()) && a.title().equals(b.title())) return;
        if (a != null) retitled.add(a.id());
        if (b != null) retitled.add(b.id());
    }
}
