package org.dossier.analyze.passages;

import java.util.List;
import org.dossier.memo.Memo;
import org.dossier.model.Passage;
import org.dossier.model.PassageDiff;
import org.dossier.model.Section;
import org.dossier.model.SharingSummary.ArticleSharing;
import org.dossier.model.SharingSummary.PairSharing;

/**
 * What passage finding keeps from one build to the next: each prose text read into normalised words,
 * with its boilerplate judged and the stretch that carries content, by the text alone; and a vocabulary
 * that outlasts a build, with each text's words in its ids and the passages worked out in them (see
 * {@link VocabularyScope}); each near passage's diffs; and the parts of the sharing summary. Matching the
 * words across the collection is done every build. {@link #none()} keeps nothing: each build gets a
 * vocabulary of its own, and runs the same code.
 *
 * <p>Used by one build at a time, as the build's memory is.
 */
public final class PassageMemory {
    final Memo<String, ProseReading> readings;
    /** Each article's readings, by the very list of its sections; its texts' readings are looked up only when it is new. */
    final Memo<Same<List<Section>>, ArticleReading> articleReadings;
    /** Each near passage's diffs, by the passage (see {@link PassageDiffs}). */
    final Memo<Passage, List<PassageDiff>> diffs;
    /** Each article's words as the sharing summary counts them, by the very list of the article's sections. */
    final Memo<Same<List<Section>>, SharingSummaries.ArticleWords> articleWords;
    /** Each article's and each pair's share, by what it reads (see {@link SharingSummaries}). */
    final Memo<SharingSummaries.ArticlePart, ArticleSharing> articleSharing;
    final Memo<SharingSummaries.PairPart, PairSharing> pairSharing;
    private final boolean remembering;
    private VocabularyScope scope;

    private PassageMemory(boolean remembering) {
        this.remembering = remembering;
        this.readings = remembering ? Memo.remembering() : Memo.none();
        this.articleReadings = remembering ? Memo.remembering() : Memo.none();
        this.diffs = remembering ? Memo.remembering() : Memo.none();
        this.articleWords = remembering ? Memo.remembering() : Memo.none();
        this.articleSharing = remembering ? Memo.remembering() : Memo.none();
        this.pairSharing = remembering ? Memo.remembering() : Memo.none();
        this.scope = remembering ? VocabularyScope.remembering() : null;
    }

    public static PassageMemory remembering() {
        return new PassageMemory(true);
    }

    public static PassageMemory none() {
        return new PassageMemory(false);
    }

    /** The vocabulary for the build that is starting: the one the last build used, unless it has outgrown its use. */
    VocabularyScope vocabularyForBuild() {
        if (!remembering) return VocabularyScope.none();
        if (scope.outgrown()) scope = VocabularyScope.remembering();
        return scope;
    }

    /** Ends a build: forgets the texts it did not read. */
    public void endBuild() {
        readings.endBuild();
        articleReadings.endBuild();
        diffs.endBuild();
        articleWords.endBuild();
        articleSharing.endBuild();
        pairSharing.endBuild();
        if (scope != null) scope.endBuild();
    }
}
