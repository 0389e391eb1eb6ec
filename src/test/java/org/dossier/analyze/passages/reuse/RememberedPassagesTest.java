package org.dossier.analyze.passages.reuse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.dossier.analyze.SeedArticles;
import org.dossier.analyze.passages.ArticleReading;
import org.dossier.analyze.passages.Fixtures;
import org.dossier.analyze.passages.PassageDiffs;
import org.dossier.analyze.passages.PassageFinder;
import org.dossier.analyze.passages.PassageSettings;
import org.dossier.analyze.passages.PassageSteps;
import org.dossier.analyze.passages.SharingSummaries;
import org.dossier.analyze.passages.VocabularySteps;
import org.dossier.model.Article;
import org.dossier.model.Block;
import org.dossier.model.Passage;
import org.dossier.model.PassageDiff;
import org.junit.jupiter.api.Test;

/** Finding passages with memory across a changing collection gives what a fresh find gives, build after build. */
class RememberedPassagesTest {
    private static final String[] WORDS = ("the minister said on monday that farmers water authority province court "
            + "ban month spring government company shares percent billion dollars profit quarter analysts expected "
            + "reuters market prices rose fell sharply agreement talks officials bank interest rates inflation").split(" ");
    private final PassageFinder finder = new PassageFinder(PassageSettings.defaults());

    @Test
    void rebuildsWithMemoryFindWhatFreshBuildsFind() {
        Random random = new Random(7);
        List<String> sources = new ArrayList<>();
        for (int i = 0; i < 25; i++) sources.add(paragraph(random, 12 + random.nextInt(30)));
        List<Article> articles = new ArrayList<>(SeedArticles.load());
        for (int i = 0; i < 40; i++) articles.add(article("gen-" + i, random, sources));
        RememberedPassages memory = new RememberedPassages(PassageSettings.defaults());
        boolean sawNear = false;
        for (int step = 0; step < 40; step++) {
            List<Passage> fresh = finder.find(articles);
            List<Passage> remembered = memory.find(articles);
            assertEquals(fresh, remembered, "step " + step);
            assertEquals(SharingSummaries.of(articles, fresh), memory.sharing(articles, remembered), "step " + step);
            assertEquals(PassageDiffs.of(fresh), memory.diffs(remembered), "step " + step);
            memory.endBuild();
            sawNear |= fresh.stream().anyMatch(p -> p.kind() == Passage.Kind.NEAR);
            change(articles, random, sources, step);
        }
        assertTrue(sawNear, "the collection should hold near copies as well as exact ones");
    }

    @Test
    void aShortNoticeFollowsTheArticlesThatBecomeOrStopBeingCopiesOfEachOther() {
        String notice = "Quarterly dividend 15 cts against 12 cts before.";
        List<Article> articles = new ArrayList<>(List.of(
                Fixtures.article("first", notice, "Payable May 2"),
                Fixtures.article("second", notice, "Payable May 2"),
                Fixtures.article("third", "Another company raised its payout. " + notice + " Its shares rose.")));
        RememberedPassages memory = new RememberedPassages(PassageSettings.defaults());
        List<Integer> occurrences = new ArrayList<>();
        for (int step = 0; step < 3; step++) {
            List<Passage> fresh = finder.find(articles);
            assertEquals(fresh, memory.find(articles), "step " + step);
            memory.endBuild();
            occurrences.add(fresh.stream().mapToInt(p -> p.occurrences().size()).sum());
            // The third article becomes a copy of the first two, then stops being one.
            articles.set(2, step == 0 ? Fixtures.article("third", notice, "Payable May 2")
                    : Fixtures.article("third", "Another company cut its payout. " + notice + " Its shares fell."));
        }
        assertEquals(List.of(2, 3, 2), occurrences, "the notice stands only in articles that are copies of each other");
    }

    @Test
    void aVocabularyThatOutgrowsItsUseIsRenewedWithoutChangingWhatIsFound() {
        Random random = new Random(11);
        List<String> sources = List.of(paragraph(random, 30), paragraph(random, 20));
        List<Article> articles = new ArrayList<>(List.of(article("a", random, sources), article("b", random, sources)));
        RememberedPassages memory = new RememberedPassages(PassageSettings.defaults());
        for (int step = 0; step < 4; step++) {
            assertEquals(finder.find(articles), memory.find(articles), "step " + step);
            memory.endBuild();
            // Thousands of words never seen before, each build, so that the vocabulary outgrows its first build's.
            StringBuilder text = new StringBuilder();
            for (int w = 0; w < 1500; w++) text.append("novel").append(step).append('x').append(w).append(' ');
            articles.add(Fixtures.article("new-" + step, text + "end.", sources.get(0), sources.get(1)));
        }
    }

    @Test
    void aWordChangedInACopyIsSeenByTheNextBuild() {
        String source = "The regional water authority announced on Monday that all farmers in the province must stop "
                + "sprinkling their fields at once, because the rivers are lower than they have been in decades.";
        Article original = Fixtures.article("a", source);
        RememberedPassages memory = new RememberedPassages(PassageSettings.defaults());
        // The copy's word count stays the same, so only the words tell the builds apart.
        for (String day : List.of("Tuesday", "Wednesday", "Thursday", "Monday", "Friday")) {
            List<Article> articles = List.of(original, Fixtures.article("b", "Intro text here. " + source.replace("Monday", day)));
            List<Passage> fresh = finder.find(articles);
            List<Passage> remembered = memory.find(articles);
            assertEquals(fresh, remembered, day);
            assertEquals(PassageDiffs.of(fresh), memory.diffs(remembered), day);
            assertEquals(SharingSummaries.of(articles, fresh), memory.sharing(articles, remembered), day);
            memory.endBuild();
        }
    }

    @Test
    void anUnchangedCollectionGivesBackTheSamePassagesAndDiffs() {
        Random random = new Random(3);
        List<String> sources = new ArrayList<>();
        for (int i = 0; i < 10; i++) sources.add(paragraph(random, 12 + random.nextInt(30)));
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < 30; i++) articles.add(article("gen-" + i, random, sources));
        RememberedPassages memory = new RememberedPassages(PassageSettings.defaults());
        List<Passage> first = memory.find(articles);
        List<PassageDiff> firstDiffs = memory.diffs(first);
        memory.endBuild();
        List<Passage> second = memory.find(articles);
        List<PassageDiff> secondDiffs = memory.diffs(second);
        assertTrue(first.size() > 5 && firstDiffs.size() > 5, "passages " + first.size() + ", diffs " + firstDiffs.size());
        assertEquals(first.size(), second.size());
        for (int i = 0; i < first.size(); i++) assertSame(first.get(i), second.get(i), "passage " + i);
        assertEquals(firstDiffs.size(), secondDiffs.size());
        for (int i = 0; i < firstDiffs.size(); i++) assertSame(firstDiffs.get(i), secondDiffs.get(i), "diff " + i);
    }

    /**
     * An edit a writer might make: change a word, copy in a paragraph from elsewhere, drop or add an
     * article, or move one to another place in the caller's order (as a new date does).
     */
    static void change(List<Article> articles, Random random, List<String> sources, int step) {
        int at = random.nextInt(articles.size());
        Article article = articles.get(at);
        List<String> paragraphs = new ArrayList<>(article.blocks().stream().map(Block::text).toList());
        switch (step % 5) {
            case 0 -> {
                int p = random.nextInt(paragraphs.size());
                paragraphs.set(p, edited(paragraphs.get(p), random));
                articles.set(at, Fixtures.article(article.id(), article.date(), paragraphs.toArray(String[]::new)));
            }
            case 1 -> {
                paragraphs.add(sources.get(source(random, sources.size())));
                articles.set(at, Fixtures.article(article.id(), article.date(), paragraphs.toArray(String[]::new)));
            }
            case 2 -> articles.remove(at);
            case 3 -> articles.add(random.nextInt(articles.size() + 1), article("added-" + step, random, sources));
            default -> articles.add(random.nextInt(articles.size()), articles.remove(at));
        }
    }

    /**
     * A finder through {@code vocabulary}, each article's reading the same object while the article is, as
     * {@link RememberedPassages} keeps it.
     */
    static PassageFinder remembering(PassageSettings settings, RememberedVocabulary vocabulary) {
        Map<Article, ArticleReading> readings = new IdentityHashMap<>();
        return new PassageFinder(settings, new PassageSteps() {
            @Override
            public ArticleReading article(Article article) {
                synchronized (readings) {
                    return readings.computeIfAbsent(article, PassageSteps.super::article);
                }
            }

            @Override
            public VocabularySteps vocabulary() {
                return vocabulary;
            }
        });
    }

    static Article article(String id, Random random, List<String> sources) {
        int count = 2 + random.nextInt(4);
        String[] paragraphs = new String[count];
        for (int i = 0; i < count; i++) {
            paragraphs[i] = random.nextInt(3) == 0
                    ? paragraph(random, 8 + random.nextInt(20))
                    : edited(sources.get(source(random, sources.size())), random);
        }
        return Fixtures.article(id, paragraphs);
    }

    /**
     * A source paragraph, the first three far more often than the rest: copies of one text in more blocks
     * than the shingle index compares each occurrence with, so that an edit elsewhere changes which
     * shingles a pair is found to share.
     */
    private static int source(Random random, int count) {
        return random.nextBoolean() ? random.nextInt(Math.min(3, count)) : random.nextInt(count);
    }

    /** A copy with, often, one word changed, dropped or added. */
    private static String edited(String paragraph, Random random) {
        List<String> words = new ArrayList<>(List.of(paragraph.split(" ")));
        int at = random.nextInt(words.size());
        switch (random.nextInt(4)) {
            case 0 -> words.set(at, WORDS[random.nextInt(WORDS.length)]);
            case 1 -> {
                if (words.size() > 8) words.remove(at);
            }
            case 2 -> words.add(at, WORDS[random.nextInt(WORDS.length)]);
            default -> { }
        }
        return String.join(" ", words);
    }

    static String paragraph(Random random, int words) {
        StringBuilder text = new StringBuilder();
        for (int w = 0; w < words; w++) {
            String word = WORDS[random.nextInt(WORDS.length)];
            text.append(w == 0 || random.nextInt(9) == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
            text.append(random.nextInt(9) == 0 ? ". " : " ");
        }
        return text.toString().strip() + ".";
    }
}
