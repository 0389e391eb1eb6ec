package org.dossier.analyze.passages;

import java.util.List;
import org.dossier.model.Article;
import org.dossier.model.Passage;
import org.dossier.model.PassageDiff;
import org.dossier.model.SharingSummary.ArticleSharing;
import org.dossier.model.SharingSummary.PairSharing;

/**
 * The steps of passage finding and of the sharing summary that read one text, one article or one pair,
 * each a pure function of its arguments. The analyses run through them; {@link #FRESH} works each out.
 * Another implementation may answer a step with a result it worked out before for equal arguments (a
 * rebuild does, see {@code org.dossier.analyze.passages.reuse}); it must answer exactly as {@link #FRESH}
 * does.
 */
public interface PassageSteps {
    /** Every step worked out afresh, in a vocabulary of its own for each find. */
    PassageSteps FRESH = new PassageSteps() {};

    /** One prose text read into words, its boilerplate judged and the stretch that carries content found. */
    default ProseReading prose(String text) {
        return ProseReading.of(text);
    }

    /** One article's blocks, each prose block read. */
    default ArticleReading article(Article article) {
        return ArticleReading.of(article.blocks(), this);
    }

    /** The count of letters and digits in one article's prose, by which copies are told apart first. */
    default int proseLetters(Article article) {
        return PassageAssembler.proseLetters(article);
    }

    /** The normalised words of one article's prose, in reading order, by which copies are told apart at last. */
    default List<String> proseWords(Article article) {
        return PassageAssembler.proseWords(article);
    }

    /** The vocabulary a find reads its words into, with the steps that work in its word ids. */
    default VocabularySteps vocabulary() {
        return new VocabularySteps();
    }

    /** One article's words as the sharing summary counts them. */
    default SharingSummaries.ArticleWords sharingWords(Article article) {
        return SharingSummaries.ArticleWords.of(article.blocks(), this);
    }

    /** One article's share of the passages. */
    default ArticleSharing articleSharing(SharingSummaries.ArticlePart part) {
        return part.sharing();
    }

    /** One pair's share of the passages. */
    default PairSharing pairSharing(SharingSummaries.PairPart part) {
        return part.sharing();
    }

    /** One near passage's diffs, in the order of its occurrences. */
    default List<PassageDiff> diffs(Passage near) {
        return PassageDiffs.diffsOf(near);
    }
}
