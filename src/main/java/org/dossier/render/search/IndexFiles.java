package org.dossier.render.search;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
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
import org.dossier.model.Block;
import org.dossier.model.Dossier;
import org.dossier.model.Entity;
import org.dossier.model.Event;
import org.dossier.model.PartialDate;
import org.dossier.model.TimelineEntry;
import org.dossier.render.json.JsonText;

/**
 * Lays the index out as script files. Each file is {@code DossierSearch.add("NAME", DATA);} where DATA is
 * JSON ({@link JsonText} writes it, so seed text can never end the literal) and NAME is the file's path under
 * {@code search/} without {@code .js}.
 */
public final class IndexFiles {
    /** Articles per file of {@code docs/} (on average at most; see {@link Numbering}): what the first results load stays small. */
    public static final int ARTICLES_PER_FILE = 10;
    public static final int ENTITIES_PER_FILE = 50;
    public static final int ENTRIES_PER_FILE = 50;
    static final int VERSION = 3;


    /** One term's postings, compared by value; written as a JSON array of numbers. */
    record PostingList(int[] values) implements JsonText.Stand {
        @Override
        public Object json() {
            return values;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof PostingList p && Arrays.equals(values, p.values);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(values);
        }

        @Override
        public String toString() {
            return Arrays.toString(values);
        }
    }

    /**
     * Makes a file's script from its name and what its data is made of: {@link #script} of the data
     * {@code data} makes of {@code input}, or a reuse layer's memory of it for an equal input.
     */
    public interface Scripts {
        <T> byte[] script(String name, T input, Function<? super T, ?> data);

        /**
         * The bytes of the file {@code name} when a reuse layer knows, without its input, that they are those
         * of the last build (a file cut by number whose things did not change); null otherwise, when the file
         * is made by {@link #script}.
         */
        default byte[] kept(String name) {
            return null;
        }
    }

    private final BiConsumer<String, byte[]> files;
    private final Scripts scripts;

    /** Hands each file to {@code files} as it is made, its script made by {@link #script}. */
    public IndexFiles(BiConsumer<String, byte[]> files) {
        this(files, new Scripts() {
            @Override
            public <T> byte[] script(String name, T input, Function<? super T, ?> data) {
                return IndexFiles.script(name, data.apply(input));
            }
        });
    }

    /** Hands each file to {@code files} as it is made; {@code scripts} makes each file's script. */
    public IndexFiles(BiConsumer<String, byte[]> files, Scripts scripts) {
        this.files = files;
        this.scripts = scripts;
    }

    /** The term shards; returns each shard's [prefix, file name], sorted by prefix. */
    List<List<String>> terms(SortedMap<String, SortedSet<String>> forms, SortedMap<String, int[]> postings) {
        SortedMap<String, Integer> sizes = new TreeMap<>();
        forms.forEach((form, stems) -> sizes.merge(form, form.length() + 8 + stems.stream().mapToInt(s -> s.length() + 3).sum(), Integer::sum));
        postings.forEach((term, list) -> sizes.merge(term, term.length() + 6 + list.length * 3, Integer::sum));
        SortedMap<String, String> shardOf = Shards.split(sizes);
        Map<String, Map<String, Object>> forms2 = new TreeMap<>();
        Map<String, Map<String, Object>> postings2 = new TreeMap<>();
        for (String prefix : Shards.prefixes(shardOf)) {
            forms2.put(prefix, new LinkedHashMap<>());
            postings2.put(prefix, new LinkedHashMap<>());
        }
        forms.forEach((form, stems) -> forms2.get(shardOf.get(form)).put(form, List.copyOf(stems)));
        postings.forEach((term, list) -> postings2.get(shardOf.get(term)).put(term, new PostingList(list)));
        List<List<String>> shards = new ArrayList<>();
        for (String prefix : Shards.prefixes(shardOf)) {
            String name = termShardName(prefix);
            add(name, termShardData(forms2.get(prefix), postings2.get(prefix)));
            shards.add(List.of(prefix, name));
        }
        return shards;
    }

    /** The name of the term shard of {@code prefix}. */
    public static String termShardName(String prefix) {
        return "terms/" + Shards.fileName(prefix);
    }

    /**
     * The data of one term shard: its word forms (each with its stems, sorted) and its terms' postings, each in
     * the order given (sorted by word).
     */
    public static Object termShardData(Map<String, ?> forms, Map<String, ?> postings) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("forms", forms);
        data.put("postings", postings);
        return data;
    }

    /** One term's postings as the shard writes them. */
    public static Object postingList(int[] postings) {
        return new PostingList(postings);
    }

    /** The name of the file of compounds that end as {@code end} does. */
    public static String headShardName(String end) {
        return "heads/" + Shards.fileName(end);
    }

    /** The last two letters of a compound, by which the files of compounds are cut. */
    public static String compoundEnd(String word) {
        return word.substring(word.offsetByCodePoints(word.length(), -2));
    }

    /** The path in the site of the file {@code name}. */
    public static String path(String name) {
        return SearchIndex.FOLDER + name + ".js";
    }

    /**
     * Long Dutch words, each with its stem, by their last two letters: where a query word finds the
     * compounds it is the head of ({@code dialoog} → {@code veiligheidsdialoog}).
     */
    List<List<String>> heads(SortedMap<String, String> compounds) {
        SortedMap<String, List<List<String>>> byEnd = new TreeMap<>();
        compounds.forEach((word, stem) -> byEnd.computeIfAbsent(compoundEnd(word), e -> new ArrayList<>()).add(List.of(word, stem)));
        List<List<String>> shards = new ArrayList<>();
        byEnd.forEach((end, terms) -> {
            String name = headShardName(end);
            add(name, terms);
            shards.add(List.of(end, name));
        });
        return shards;
    }

    /** The numbers of a dossier's articles, entities and timeline entries in the index. */
    public record Numbers(Numbering articles, Numbering entities, Numbering entries) {
        public static Numbers of(Dossier dossier) {
            return new Numbers(Numbering.of(dossier.articles().stream().map(Article::id).toList(), ARTICLES_PER_FILE),
                    Numbering.of(dossier.entities().stream().map(Entity::id).toList(), ENTITIES_PER_FILE),
                    Numbering.of(dossier.timeline().stream().map(TimelineEntry::id).toList(), ENTRIES_PER_FILE));
        }
    }

    /**
     * What results show: articles with their blocks, entities, timeline entries; each file the numbers
     * {@link Numbering#slotsPerFile()} gives it, a row per number, 0 where no thing has the number.
     */
    public void docs(Dossier dossier, Numbers numbers, Function<String, String> timelinePage) {
        List<Article> articles = dossier.articles();
        byFile(numbers.articles(), articles, "docs/a", (name, rows) -> add(name, rows, IndexFiles::articleRows));
        byFile(numbers.entities(), dossier.entities(), "docs/e", (name, rows) -> add(name, rows, IndexFiles::entityRows));
        Map<String, Article> byId = new HashMap<>();
        byFile(numbers.entries(), dossier.timeline(), "docs/t", (name, rows) -> {
            if (byId.isEmpty()) for (Article a : articles) byId.put(a.id(), a);
            List<String> titles = new ArrayList<>();
            List<String> pages = new ArrayList<>(rows.size());
            for (TimelineEntry t : rows) {
                if (t == null) {
                    pages.add(null);
                    continue;
                }
                for (Event e : t.sources()) {
                    Article a = byId.get(e.sentence().article());
                    titles.add(a == null ? "" : a.title());
                }
                pages.add(timelinePage.apply(t.id()));
            }
            add(name, new EntryDocs(rows, titles, pages), IndexFiles::entryRows);
        });
    }

    /** The name of the docs file of a group ({@code prefix} {@code docs/a}, {@code docs/e} or {@code docs/t}) that holds {@code number}. */
    public static String docsName(String prefix, Numbering numbering, int number) {
        return prefix + number / numbering.slotsPerFile();
    }

    /**
     * Hands each docs file's name and its things by row (null where no thing has the number, none after
     * the last) to {@code file}, in order; a file the {@link Scripts} keep is handed on as it was.
     */
    private <T> void byFile(Numbering numbering, List<T> things, String prefix, BiConsumer<String, List<T>> file) {
        int[] order = numbering.order();
        int per = numbering.slotsPerFile();
        int k = 0;
        while (k < order.length) {
            int index = numbering.number(order[k]) / per;
            String name = prefix + index;
            byte[] kept = scripts.kept(name);
            if (kept != null) {
                files.accept(path(name), kept);
                while (k < order.length && numbering.number(order[k]) / per == index) k++;
                continue;
            }
            List<T> rows = new ArrayList<>();
            for (; k < order.length && numbering.number(order[k]) / per == index; k++) {
                int row = numbering.number(order[k]) % per;
                while (rows.size() < row) rows.add(null);
                rows.add(things.get(order[k]));
            }
            file.accept(name, rows);
        }
    }

    /**
     * What a file of timeline entries is made of: the entries, the titles of their sources' articles (in
     * order) and the page that shows each; compared, not the rows, when a reuse layer checks for a change.
     */
    private record EntryDocs(List<TimelineEntry> entries, List<String> sourceTitles, List<String> pages) {}

    /** A file of timeline entries: each with its sources and the page that shows it. */
    private static List<Object> entryRows(EntryDocs docs) {
        List<Object> rows = new ArrayList<>();
        int title = 0;
        for (int i = 0; i < docs.entries().size(); i++) {
            TimelineEntry t = docs.entries().get(i);
            if (t == null) {
                rows.add(0);
                continue;
            }
            List<Object> sources = new ArrayList<>();
            for (Event e : t.sources()) {
                sources.add(List.of(e.sentence().article(), docs.sourceTitles().get(title++), e.sentence().block(), e.sentence().text()));
            }
            rows.add(List.of(t.id(), t.date().toString(), t.planned(), sources, docs.pages().get(i)));
        }
        return rows;
    }

    /** A file of articles: each with its blocks. The rows depend on the articles alone. */
    private static List<Object> articleRows(List<Article> articles) {
        List<Object> rows = new ArrayList<>();
        for (Article a : articles) {
            if (a == null) {
                rows.add(0);
                continue;
            }
            List<Object> blocks = new ArrayList<>();
            for (Block b : a.blocks()) blocks.add(List.of(b.id(), b.kind().id(), b.text()));
            rows.add(List.of(a.id(), a.title(), a.outlet().orElse(""), a.date().map(PartialDate::toString).orElse(""),
                    a.language(), blocks));
        }
        return rows;
    }

    /** A file of entities. The rows depend on the entities alone. */
    private static List<Object> entityRows(List<Entity> entities) {
        List<Object> rows = new ArrayList<>();
        for (Entity e : entities) {
            if (e == null) {
                rows.add(0);
                continue;
            }
            rows.add(List.of(e.id(), e.name(), e.type().id(), e.aliases(), e.description().orElse(""),
                    e.roles(), e.mentions().size()));
        }
        return rows;
    }

    /**
     * Each group's numbers in the group's own order (articles in dossier order; entities by type, most
     * mentioned first; timeline entries by date), one file a group: results of equal score come in that
     * order, as they did when a thing's number was its place. Loaded only for a query whose shown results
     * tie; a change of order rewrites its group's file alone.
     */
    public void order(Numbers numbers) {
        add(orderName(0), new PostingList(numbers.articles().numbers()), d -> d);
        add(orderName(1), new PostingList(numbers.entities().numbers()), d -> d);
        add(orderName(2), new PostingList(numbers.entries().numbers()), d -> d);
    }

    /** The name of the order file of group {@code group} (0 articles, 1 entities, 2 timeline entries). */
    static String orderName(int group) {
        return "order/" + "aet".charAt(group);
    }

    /**
     * What every query needs first ({@code meta}: counts, which shards exist, the stop words), and what
     * only a query with a filter needs ({@code filters}: each article's outlet, date and language, each
     * timeline entry's date), which grows with the dossier. A row of {@code filters} starts with the
     * difference of its thing's number from the number of the row before (the first: its number).
     */
    public void meta(Dossier dossier, Numbers numbers, int documents, List<List<String>> termShards, List<List<String>> headShards) {
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("version", VERSION);
        meta.put("documents", documents);
        meta.put("groups", List.of(numbers.articles().slotsPerFile(), numbers.entities().slotsPerFile(), numbers.entries().slotsPerFile()));
        meta.put("terms", termShards);
        meta.put("heads", headShards);
        meta.put("stop", List.copyOf(new TreeSet<>(Stemming.STOP_WORDS)));
        add("meta", meta);
        byte[] kept = scripts.kept("filters");
        if (kept != null) {
            files.accept(path("filters"), kept);
            return;
        }
        SortedSet<String> outlets = new TreeSet<>();
        SortedSet<String> languages = new TreeSet<>();
        for (Article a : dossier.articles()) {
            a.outlet().ifPresent(outlets::add);
            languages.add(a.language());
        }
        List<String> outletList = List.copyOf(outlets);
        List<String> languageList = List.copyOf(languages);
        List<Object> articles = new ArrayList<>();
        int last = 0;
        for (int i : numbers.articles().order()) {
            Article a = dossier.articles().get(i);
            int n = numbers.articles().number(i);
            articles.add(List.of(n - last, a.outlet().map(outletList::indexOf).orElse(-1), a.date().map(PartialDate::toString).orElse(""),
                    languageList.indexOf(a.language())));
            last = n;
        }
        List<Object> entries = new ArrayList<>();
        last = 0;
        for (int i : numbers.entries().order()) {
            int n = numbers.entries().number(i);
            entries.add(List.of(n - last, dossier.timeline().get(i).date().toString()));
            last = n;
        }
        Map<String, Object> filters = new LinkedHashMap<>();
        filters.put("outlets", outletList);
        filters.put("languages", languageList);
        filters.put("articles", articles);
        filters.put("entries", entries);
        add("filters", filters);
    }

    private void add(String name, Object data) {
        add(name, data, d -> d);
    }

    private <T> void add(String name, T input, Function<? super T, ?> data) {
        files.accept(path(name), scripts.script(name, input, data));
    }

    /** The script of the file {@code name} that hands {@code data} to the page. */
    public static byte[] script(String name, Object data) {
        String script = "DossierSearch.add(" + JsonText.compact(name) + "," + JsonText.compact(data) + ");\n";
        return script.getBytes(StandardCharsets.UTF_8);
    }
}
