package org.dossier.render.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.dossier.model.Article;
import org.dossier.model.Dossier;
import org.dossier.model.Entity;
import org.dossier.model.EntityCatalog;
import org.dossier.model.TimelineEntry;

/**
 * The search index of a dossier as the files of {@code search/} (see README, "Search"): {@code meta.js}
 * (counts, the shard lists, the stop words), {@code filters.js} (what the filters need), {@code terms/*.js}
 * (each word's stems and each stem's postings with its BM25 term weight), {@code heads/*.js} (long Dutch
 * terms by their last letters, for compound heads), {@code docs/*.js} (what a result shows) and
 * {@code order/*.js} (each group's order, in which results of equal score come). Every file is a script
 * that hands its data to {@code DossierSearch.add}, so the page loads it with a {@code <script>} tag, from
 * disk too.
 *
 * <p>Deterministic: the same dossier gives the same bytes. Pure: it remembers nothing; the preview's
 * rebuilds use the incremental index of {@code search.reuse}, which gives the same files.
 */
public final class SearchIndex {
    /** The timeline's first page, where an entry stands when the timeline is not cut into pages. */
    public static final String TIMELINE = "timeline.html";

    public static final String FOLDER = "search/";

    private final ThreadLocal<Analyser> analysers = ThreadLocal.withInitial(Analyser::new);

    private SearchIndex() {}

    /** An index builder for one build. */
    public static SearchIndex none() {
        return new SearchIndex();
    }

    /** Every file of the index, by its path in the site ('/' separators), in a fixed order. */
    public Map<String, byte[]> files(Dossier dossier) {
        return files(dossier, EntityCatalog.empty());
    }

    /** Every file of the index, for a timeline on one page. */
    public Map<String, byte[]> files(Dossier dossier, EntityCatalog catalog) {
        return files(dossier, catalog, id -> TIMELINE);
    }

    /**
     * Every file of the index, by its path in the site ('/' separators), in a fixed order. An entity also
     * has the names its entry in the editor's {@code catalog} gives, used in the text or not, so that
     * {@code Putin} finds Poetin when the editor wrote that alias. {@code timelinePage} gives the address of
     * the timeline page that shows an entry (the timeline may be cut into pages by period).
     */
    public Map<String, byte[]> files(Dossier dossier, EntityCatalog catalog, Function<String, String> timelinePage) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        write(dossier, catalog, timelinePage, files::put);
        return files;
    }

    /**
     * The same files, each handed to {@code out} (path, bytes) as soon as it is made, in the same order: a
     * large index is tens of megabytes, which a build need not hold at once.
     */
    public void write(Dossier dossier, EntityCatalog catalog, Function<String, String> timelinePage, BiConsumer<String, byte[]> out) {
        writeFiles(CatalogNames.added(dossier, catalog), timelinePage, out);
    }

    private void writeFiles(Dossier dossier, Function<String, String> timelinePage, BiConsumer<String, byte[]> out) {
        List<Article> all = dossier.articles();
        List<Analysed> analysed = all.parallelStream().map(a -> analysers.get().article(a)).toList();
        Map<String, String> languageOf = languages(all);
        Analyser analyser = new Analyser();
        List<Analysed> entities = dossier.entities().stream().map(analyser::entity).toList();
        List<Analysed> entries = dossier.timeline().stream().map(e -> analyser.entry(e, languageOf)).toList();

        IndexFiles.Numbers numbers = IndexFiles.Numbers.of(dossier);
        Postings postings = new Postings(analysed, numbers.articles(), entities, numbers.entities(), entries, numbers.entries());
        // Gathered in hash maps, then sorted once: a large dossier has hundreds of thousands of word forms.
        Map<String, SortedSet<String>> gathered = new HashMap<>();
        Map<String, String> gatheredCompounds = new HashMap<>();
        for (List<Analysed> group : List.of(analysed, entities, entries)) {
            for (Analysed a : group) {
                a.forms().forEach((form, stems) -> gathered.computeIfAbsent(form, f -> new TreeSet<>()).addAll(stems));
                gatheredCompounds.putAll(a.compounds());
            }
        }
        SortedMap<String, SortedSet<String>> forms = new TreeMap<>(gathered);
        SortedMap<String, String> compounds = new TreeMap<>(gatheredCompounds);

        IndexFiles writer = new IndexFiles(out);
        List<List<String>> termShards = writer.terms(forms, postings.byTerm());
        List<List<String>> headShards = writer.heads(compounds);
        writer.docs(dossier, numbers, timelinePage);
        writer.order(numbers);
        writer.meta(dossier, numbers, postings.documentCount(), termShards, headShards);
    }

    /** Each article's language by its id: a timeline entry's sentences are stemmed in their article's language. */
    public static Map<String, String> languages(List<Article> articles) {
        Map<String, String> languageOf = new HashMap<>();
        for (Article a : articles) languageOf.put(a.id(), a.language());
        return languageOf;
    }
}
