package org.dossier.analyze.passages;

import java.util.List;
import java.util.Set;
import org.dossier.model.Article;
import org.dossier.model.Passage;

/**
 * The vocabulary one find reads its words into, and the steps of the find that work in its word ids, each
 * a pure function of its arguments. Results do not depend on which id a word has, only on equal words
 * having equal ids, so the steps of one vocabulary may answer for several finds; a plain find has a new
 * one each time. A subclass may answer a step with a result it worked out before in the same vocabulary
 * (see {@code org.dossier.analyze.passages.reuse}); it must answer as this class does.
 */
public class VocabularySteps {
    private final Vocabulary vocabulary = new Vocabulary();

    public final Vocabulary vocabulary() {
        return vocabulary;
    }

    /**
     * The prose blocks of the articles grouped into classes of identical words, in order of their first
     * members and numbered so: here {@link PassageFinder#classify}.
     *
     * @param articles the articles in processing order
     * @param readings each one's reading
     */
    public List<BlockClass> classify(List<Article> articles, List<ArticleReading> readings, int minWords) {
        return PassageFinder.classify(this, articles, readings, minWords);
    }

    /** The classes for which {@code indexed} holds located in the table: here each looked up by its words. */
    public ShingleIndex index(List<BlockClass> classes, boolean[] indexed, ShingleTable table, PassageSettings settings, int boilerplateLimit) {
        return new ShingleIndex(classes, indexed, table, settings, boilerplateLimit);
    }

    /** Where the shingles of this size stand: here a new table, which a find fills with the words it indexes. */
    public ShingleTable shingles(int shingleSize) {
        return new ShingleTable(shingleSize);
    }

    /** For each class, the shingles it shares with each later class, as {@link ShingleIndex#pairs} finds them. */
    public List<List<ShingleIndex.PairMatches>> pairs(ShingleIndex index) {
        return index.pairs();
    }

    /** The content words of one prose text, as ids of this vocabulary. */
    public TextWords words(String text, ProseReading reading) {
        return TextWords.of(reading, vocabulary);
    }

    /** Each prose block's content words in this vocabulary, or null for blocks that are not prose or are boilerplate. */
    public TextWords[] articleWords(ArticleReading article) {
        return article.words(this);
    }

    /** The aligned stretches of a candidate pair of classes, from the shingles they share. */
    public List<PairAligner.Region> align(PairAligner aligner, BlockClass a, BlockClass b, long[] matches, int shingleSize) {
        return aligner.align(a, b, matches, shingleSize);
    }

    /**
     * Every component of linked stretches in the collection, split into drafts: here {@link
     * PassageAssembler#link} of all the classes.
     */
    public List<PassageAssembler.Linked> link(PassageAssembler assembler) {
        return assembler.link(assembler.classes());
    }

    /** One component of linked stretches split into passages. */
    public List<PassageAssembler.Draft> split(PassageAssembler.Component component) {
        return component.split();
    }

    /**
     * The drafts of every component, in any order, with stock phrases kept from linking articles: here {@link
     * StockPhrases#withoutStockLinks} of them all, which narrows drafts through {@link #within}.
     */
    public List<PassageAssembler.Draft> withoutStockLinks(List<PassageAssembler.Draft> drafts, int standaloneWords, StockPhrases.Copies copies) {
        return StockPhrases.withoutStockLinks(drafts, standaloneWords, copies, this::within);
    }

    /** The same draft with only its occurrences in these articles, as stock phrases keep it. */
    public PassageAssembler.Draft within(PassageAssembler.Draft draft, Set<String> articles) {
        return draft.within(articles);
    }

    /** The passage a draft makes under the id it was given. */
    public Passage passage(String id, PassageAssembler.Draft draft) {
        return draft.passage(id);
    }
}
