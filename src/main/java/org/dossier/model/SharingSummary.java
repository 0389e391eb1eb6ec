package org.dossier.model;

import java.util.List;
import java.util.Optional;

/**
 * Who shares how much text with whom, for the story page: computed by analysis from the articles and
 * their passages, read by rendering. Words are counted in prose blocks.
 *
 * @param articles every article, in dossier order, with how much of it is shared with any other
 * @param pairs    every pair of articles that shares at least one passage, in dossier order
 * @param origins  for every passage, in passage order, its likely origin
 */
public record SharingSummary(List<ArticleSharing> articles, List<PairSharing> pairs, List<PassageOrigin> origins) {

    /** How much of one article's prose stands in passages. */
    public record ArticleSharing(String article, int words, int sharedWords) {
        public ArticleSharing {
            Checks.notBlank(article, "article");
            Checks.atLeast(sharedWords, 0, "sharedWords");
            Checks.atLeast(words, sharedWords, "words");
        }

        /** The share of the article's words that stand in passages, 0 for an article without words. */
        public double share() {
            return words == 0 ? 0 : (double) sharedWords / words;
        }
    }

    /**
     * Two articles that share text; {@code first} comes before {@code second} in dossier order.
     *
     * @param passages          how many passages occur in both
     * @param firstWords        all words of {@code first}'s prose
     * @param firstSharedWords  words of {@code first} inside those passages' occurrences
     * @param secondWords       the same for {@code second}
     * @param secondSharedWords the same for {@code second}
     */
    public record PairSharing(String first, String second, int passages,
                              int firstWords, int firstSharedWords, int secondWords, int secondSharedWords) {
        public PairSharing {
            Checks.notBlank(first, "first");
            Checks.notBlank(second, "second");
            if (first.equals(second)) throw new IllegalArgumentException("a pair needs two articles, not " + first + " twice");
            Checks.atLeast(passages, 1, "passages");
            Checks.atLeast(firstSharedWords, 0, "firstSharedWords");
            Checks.atLeast(firstWords, firstSharedWords, "firstWords");
            Checks.atLeast(secondSharedWords, 0, "secondSharedWords");
            Checks.atLeast(secondWords, secondSharedWords, "secondWords");
        }

        /** The share of {@code first}'s words that it shares with {@code second}. */
        public double firstShare() {
            return firstWords == 0 ? 0 : (double) firstSharedWords / firstWords;
        }

        /** The share of {@code second}'s words that it shares with {@code first}. */
        public double secondShare() {
            return secondWords == 0 ? 0 : (double) secondSharedWords / secondWords;
        }

        public boolean involves(String articleId) {
            return first.equals(articleId) || second.equals(articleId);
        }
    }

    /**
     * The article a passage most likely comes from: the earliest dated article it occurs in. Empty when
     * none of its articles has a date.
     */
    public record PassageOrigin(String passage, Optional<String> article) {
        public PassageOrigin {
            Checks.notBlank(passage, "passage");
            Checks.notNull(article, "article");
        }
    }

    public SharingSummary {
        articles = Checks.copy(articles, "articles");
        pairs = Checks.copy(pairs, "pairs");
        origins = Checks.copy(origins, "origins");
    }

    /** A summary of articles that share nothing, as before passage analysis runs. */
    public static SharingSummary empty() {
        return new SharingSummary(List.of(), List.of(), List.of());
    }

    /*
     * The lookups below scan their list: handy for one question, quadratic when asked once per article
     * or passage of a large dossier. Pages index the lists once instead (render's DossierIndex, the
     * matrix drawer).
     */

    /** The pair of these two articles, in either order; empty when they share nothing. */
    public Optional<PairSharing> between(String a, String b) {
        return pairs.stream()
                .filter(p -> p.first().equals(a) && p.second().equals(b) || p.first().equals(b) && p.second().equals(a))
                .findFirst();
    }

    /** The share of {@code row}'s words that it shares with {@code column}; 0 when they share nothing. */
    public double shareOf(String row, String column) {
        return between(row, column).map(p -> p.first().equals(row) ? p.firstShare() : p.secondShare()).orElse(0.0);
    }

    public Optional<String> originOf(String passageId) {
        return origins.stream().filter(o -> o.passage().equals(passageId)).findFirst().flatMap(PassageOrigin::article);
    }

    public Optional<ArticleSharing> article(String articleId) {
        return articles.stream().filter(a -> a.article().equals(articleId)).findFirst();
    }
}
