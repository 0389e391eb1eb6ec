package org.dossier.render.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.dossier.model.Article;
import org.dossier.model.Block;
import org.dossier.model.BlockKind;
import org.dossier.model.Entity;
import org.dossier.model.Event;
import org.dossier.model.TimelineEntry;

/**
 * Cuts articles, entities and timeline entries into weighted terms. Pure; one instance per thread (it
 * holds Snowball stemmers).
 */
public final class Analyser {
    /** How much more a word of an article's title or an entity's name counts than a word of text. */
    static final int TITLE_WEIGHT = 3;
    static final int HEADING_WEIGHT = 2;
    /** Dutch words at least this long are offered as compounds whose head a shorter query word may be. */
    static final int COMPOUND_LENGTH = 8;

    private final Stemming stemming = new Stemming();

    /** The article itself (its title and all its text) and each of its blocks. */
    public Analysed article(Article article) {
        Collector collector = new Collector(article.language());
        DocTerms.Builder whole = new DocTerms.Builder(Kinds.ARTICLE);
        collector.words(article.title(), TITLE_WEIGHT, whole);
        List<DocTerms> blocks = new ArrayList<>();
        List<Block> all = article.blocks();
        for (int i = 0; i < all.size(); i++) {
            Block block = all.get(i);
            DocTerms.Builder own = new DocTerms.Builder(i);
            int weight = block.kind() == BlockKind.HEADING ? HEADING_WEIGHT : 1;
            for (String word : Words.folded(block.text())) {
                List<String> terms = collector.terms(word);
                if (terms.isEmpty()) continue;
                own.add(terms, weight);
                whole.add(terms, 1);
            }
            blocks.add(own.build());
        }
        List<DocTerms> docs = new ArrayList<>();
        docs.add(whole.build());
        docs.addAll(blocks);
        return collector.result(docs);
    }

    /** An entity: its name and aliases weighted as titles, its roles and description as text. */
    public Analysed entity(Entity entity) {
        Collector names = new Collector("und");
        DocTerms.Builder doc = new DocTerms.Builder(Kinds.of(entity.type()));
        for (String name : entity.names()) names.words(name, TITLE_WEIGHT, doc);
        // The language of roles and descriptions is not known: both stemmers' stems are terms.
        Collector dutch = names.in("nl");
        for (String role : entity.roles()) dutch.words(role, 1, doc);
        entity.description().ifPresent(d -> dutch.words(d, 1, doc));
        Collector english = names.in("en");
        for (String role : entity.roles()) english.words(role, 0, doc);
        entity.description().ifPresent(d -> english.words(d, 0, doc));
        return names.result(List.of(doc.build()));
    }

    /** A timeline entry: the sentences that report it, each in its article's language. */
    public Analysed entry(TimelineEntry entry, Map<String, String> languageOfArticle) {
        DocTerms.Builder doc = new DocTerms.Builder(Kinds.TIMELINE);
        Collector any = new Collector("und");
        for (Event event : entry.sources()) {
            Collector collector = any.in(languageOfArticle.getOrDefault(event.sentence().article(), "und"));
            collector.words(event.sentence().text(), 1, doc);
        }
        return any.result(List.of(doc.build()));
    }

    /** The terms, forms and compounds met while reading in one language; collectors made by {@link #in} share them. */
    private final class Collector {
        private final String language;
        // Gathered unsorted; sorted once in the result.
        private final Map<String, SortedSet<String>> forms;
        private final Map<String, String> compounds;

        Collector(String language) {
            this(language, new HashMap<>(), new HashMap<>());
        }

        private Collector(String language, Map<String, SortedSet<String>> forms, Map<String, String> compounds) {
            this.language = language;
            this.forms = forms;
            this.compounds = compounds;
        }

        Collector in(String otherLanguage) {
            return new Collector(otherLanguage, forms, compounds);
        }

        /**
         * Adds the words of {@code text}; a weight of 0 adds the terms without counting the words again
         * (a second stemming of the same words).
         */
        void words(String text, int weight, DocTerms.Builder doc) {
            for (String word : Words.folded(text)) {
                List<String> terms = terms(word);
                if (terms.isEmpty()) continue;
                if (weight > 0) doc.add(terms, weight);
                else doc.addTermsOnly(terms);
            }
        }

        /** The terms of one folded word: its stem; none for a stop word. */
        List<String> terms(String word) {
            if (Stemming.isStopWord(word)) return List.of();
            String stem = stemming.stem(word, language);
            if (!stem.equals(word)) forms.computeIfAbsent(word, w -> new TreeSet<>()).add(stem);
            if (language.equals("nl") && word.length() >= COMPOUND_LENGTH) compounds.put(word, stem);
            return List.of(stem);
        }

        Analysed result(List<DocTerms> docs) {
            SortedMap<String, SortedSet<String>> frozen = new TreeMap<>();
            forms.forEach((form, stems) -> frozen.put(form, java.util.Collections.unmodifiableSortedSet(new TreeSet<>(stems))));
            return new Analysed(docs, java.util.Collections.unmodifiableSortedMap(frozen),
                    java.util.Collections.unmodifiableSortedMap(new TreeMap<>(compounds)));
        }
    }
}
