package org.dossier.analyze.passages.reuse;

import java.util.List;
import java.util.Objects;
import org.dossier.analyze.passages.ArticleReading;
import org.dossier.analyze.passages.PassageDiffs;
import org.dossier.analyze.passages.PassageFinder;
import org.dossier.analyze.passages.PassageSettings;
import org.dossier.analyze.passages.PassageSteps;
import org.dossier.analyze.passages.ProseReading;
import org.dossier.analyze.passages.SharingSummaries;
import org.dossier.analyze.passages.SharingSummaries.ArticlePart;
import org.dossier.analyze.passages.SharingSummaries.ArticleWords;
import org.dossier.analyze.passages.SharingSummaries.PairPart;
import org.dossier.analyze.passages.VocabularySteps;
import org.dossier.memo.Memo;
import org.dossier.model.Article;
import org.dossier.model.Passage;
import org.dossier.model.PassageDiff;
import org.dossier.model.Section;
import org.dossier.model.SharingSummary;
import org.dossier.model.SharingSummary.ArticleSharing;
import org.dossier.model.SharingSummary.PairSharing;

/**
 * Passages, their diffs and the sharing summary for a series of builds: {@link PassageFinder}, {@link
 * PassageDiffs} and {@link SharingSummaries} run through steps that remember their results from one build
 * to the next: each prose text's reading, by the text; each article's reading, words, prose words and count of prose letters, by the very list
 * of its sections (which an unchanged seed's article keeps, even when dating gives it a new date); each near
 * passage's diffs, by the passage; each article's and pair's share, by what it reads (for a summary counted
 * whole); and a vocabulary that outlasts a build, with what was worked out in its
 * ids (see {@link RememberedVocabulary}): among them the shingles each pair of classes shares, redone only
 * for the classes an edit touched ({@link RememberedPairs}), and the components of linked stretches with
 * their drafts, linked again only where an edit reached ({@link RememberedComponents}), so that untouched
 * passages are the very objects of the last build. The sharing summary is counted again only for the
 * articles, pairs and passages an edit reached ({@link RememberedSharing}). The blocks are grouped into
 * classes again, and placed in the shingle table, only for the articles an edit changed ({@link
 * RememberedClasses}), and short passages judged as stock phrases again only where an edit may have changed
 * their fate ({@link RememberedStockPhrases}); numbering and ordering the passages still read them all every
 * build. The results are those of a plain find.
 *
 * <p>Used by one build at a time; {@link #endBuild} after each.
 */
public final class RememberedPassages {
    private final PassageSettings settings;
    private final Memo<String, ProseReading> readings = Memo.remembering();
    private final Memo<Same<List<Section>>, ArticleReading> articleReadings = Memo.remembering();
    private final Memo<Same<List<Section>>, Integer> proseLetters = Memo.remembering();
    private final Memo<Same<List<Section>>, List<String>> proseWords = Memo.remembering();
    private final Memo<Passage, List<PassageDiff>> diffs = Memo.remembering();
    private final Memo<Same<List<Section>>, ArticleWords> sharingWords = Memo.remembering();
    private final Memo<ArticlePart, ArticleSharing> articleSharing = Memo.remembering();
    private final Memo<PairPart, PairSharing> pairSharing = Memo.remembering();
    private final PassageSteps steps = new Remembered();
    private final RememberedSharing sharing = new RememberedSharing(steps);
    private final PassageFinder finder;
    private RememberedVocabulary vocabulary;

    public RememberedPassages(PassageSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings must not be null");
        this.finder = new PassageFinder(settings, steps);
        this.vocabulary = new RememberedVocabulary(settings);
    }

    /** What {@code new PassageFinder(settings).find(articles)} gives. */
    public List<Passage> find(List<Article> articles) {
        return finder.find(articles);
    }

    /** What {@link PassageDiffs#of(List)} gives. */
    public List<PassageDiff> diffs(List<Passage> passages) {
        return PassageDiffs.of(passages, steps);
    }

    /** What {@link SharingSummaries#of(List, List)} gives. */
    public SharingSummary sharing(List<Article> articles, List<Passage> passages) {
        return sharing.of(articles, passages);
    }

    /** Ends a build for each memo: see {@link Memo#endBuild} for what it forgets of the texts, articles and passages it did not read. */
    public void endBuild() {
        readings.endBuild();
        articleReadings.endBuild();
        proseLetters.endBuild();
        proseWords.endBuild();
        diffs.endBuild();
        sharingWords.endBuild();
        articleSharing.endBuild();
        pairSharing.endBuild();
        vocabulary.endBuild();
    }

    private final class Remembered implements PassageSteps {
        @Override
        public ProseReading prose(String text) {
            return readings.get(text, PassageSteps.super::prose);
        }

        @Override
        public ArticleReading article(Article article) {
            return articleReadings.get(new Same<>(article.sections()), sections -> PassageSteps.super.article(article));
        }

        @Override
        public int proseLetters(Article article) {
            return proseLetters.get(new Same<>(article.sections()), sections -> PassageSteps.super.proseLetters(article));
        }

        @Override
        public List<String> proseWords(Article article) {
            return proseWords.get(new Same<>(article.sections()), sections -> PassageSteps.super.proseWords(article));
        }

        /** The vocabulary the last build used, unless it has outgrown its use. */
        @Override
        public VocabularySteps vocabulary() {
            if (vocabulary.outgrown()) vocabulary = new RememberedVocabulary(settings);
            return vocabulary;
        }

        @Override
        public ArticleWords sharingWords(Article article) {
            return sharingWords.get(new Same<>(article.sections()), sections -> PassageSteps.super.sharingWords(article));
        }

        @Override
        public ArticleSharing articleSharing(ArticlePart part) {
            return articleSharing.get(part, PassageSteps.super::articleSharing);
        }

        @Override
        public PairSharing pairSharing(PairPart part) {
            return pairSharing.get(part, PassageSteps.super::pairSharing);
        }

        @Override
        public List<PassageDiff> diffs(Passage near) {
            return diffs.get(near, PassageSteps.super::diffs);
        }
    }
}
