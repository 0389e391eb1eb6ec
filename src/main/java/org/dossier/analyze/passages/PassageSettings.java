package org.dossier.analyze.passages;

/**
 * What counts as a shared passage.
 *
 * @param minWords               shortest passage, in words: shorter shared runs are coincidence or
 *                               stock phrases, not reuse
 * @param minContentWords        words of at least five characters (or with a digit) a passage must
 *                               share, so that a run of function words ("one of the most ...") is not a passage
 * @param shingleSize            words per hashed shingle in the index; at most {@code minWords}, since a
 *                               passage needs a verbatim run of {@code minWords} words to start from
 * @param nearSimilarity         lowest word-level similarity (Dice over the longest common subsequence)
 *                               of a near copy
 * @param maxGap                 most words that one side may insert or delete between two aligned stretches
 * @param linkWindow             how many later occurrences of the same shingle each occurrence is compared
 *                               with; bounds the work per shingle while clustering still joins all of them
 * @param boilerplateMinArticles text in more articles than this, and than {@code boilerplateShare} of
 *                               them, is boilerplate (stock sign-offs, disclaimers), not a passage
 * @param boilerplateShare       see {@code boilerplateMinArticles}
 * @param standaloneWords        shortest passage, in words, that links two articles on its own: a shorter
 *                               one ("The hearing was adjourned until tomorrow.") is a sentence any two
 *                               reporters may write, and counts only between articles that share more
 *                               (see {@code StockPhrases})
 */
public record PassageSettings(
        int minWords,
        int minContentWords,
        int shingleSize,
        double nearSimilarity,
        int maxGap,
        int linkWindow,
        int boilerplateMinArticles,
        double boilerplateShare,
        int standaloneWords) {

    public PassageSettings {
        if (minWords < 2) throw new IllegalArgumentException("minWords must be at least 2 but was " + minWords);
        if (minContentWords < 0 || minContentWords > minWords) {
            throw new IllegalArgumentException("minContentWords must be 0.." + minWords + " but was " + minContentWords);
        }
        if (shingleSize < 2 || shingleSize > minWords) {
            throw new IllegalArgumentException("shingleSize must be 2..minWords (" + minWords + ") but was " + shingleSize);
        }
        if (!(nearSimilarity > 0 && nearSimilarity <= 1)) {
            throw new IllegalArgumentException("nearSimilarity must be in (0, 1] but was " + nearSimilarity);
        }
        if (maxGap < 0) throw new IllegalArgumentException("maxGap must be at least 0 but was " + maxGap);
        if (linkWindow < 1) throw new IllegalArgumentException("linkWindow must be at least 1 but was " + linkWindow);
        if (boilerplateMinArticles < 2) {
            throw new IllegalArgumentException("boilerplateMinArticles must be at least 2 but was " + boilerplateMinArticles);
        }
        if (!(boilerplateShare > 0 && boilerplateShare <= 1)) {
            throw new IllegalArgumentException("boilerplateShare must be in (0, 1] but was " + boilerplateShare);
        }
        if (standaloneWords < minWords) {
            throw new IllegalArgumentException("standaloneWords must be at least minWords (" + minWords + ") but was " + standaloneWords);
        }
    }

    /**
     * Six words at least, three of them content words; 6-word shingles (a passage is anchored on a
     * verbatim run of six words, so longer shingles would miss anchors and shorter ones only add
     * candidate pairs that cannot anchor); near copies share at least three quarters of their words in
     * order; gaps of up to eight words; text in more than 100 articles and more than 2% of the
     * collection is boilerplate; a passage of fewer than ten words (a stock sentence is five to nine)
     * links two articles only beside other shared text.
     */
    public static PassageSettings defaults() {
        return new PassageSettings(6, 3, 6, 0.75, 8, 8, 100, 0.02, 10);
    }

    /** The most articles a text may appear in before it counts as boilerplate, for a collection of this size. */
    int boilerplateLimit(int articleCount) {
        return Math.max(boilerplateMinArticles, (int) Math.ceil(boilerplateShare * articleCount));
    }
}
