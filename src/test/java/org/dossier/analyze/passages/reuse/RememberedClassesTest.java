package org.dossier.analyze.passages.reuse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.dossier.analyze.passages.ArticleReading;
import org.dossier.analyze.passages.BlockClass;
import org.dossier.analyze.passages.Fixtures;
import org.dossier.analyze.passages.PassageFinder;
import org.dossier.analyze.passages.PassageSettings;
import org.dossier.analyze.passages.PassageSteps;
import org.dossier.analyze.passages.ShingleIndex;
import org.dossier.analyze.passages.VocabularySteps;
import org.dossier.model.Article;
import org.dossier.model.Block;
import org.dossier.model.Passage;
import org.junit.jupiter.api.Test;

/**
 * Classes made again only for the articles an edit changed are those a whole classify makes, in the same
 * order and numbers, with the same members and words (the first member's), and the index places each where
 * its words stand in the table: build after build of edits that copy paragraphs in (joining classes, before
 * or after their first member), change and drop them, copy one with the same words in other sentences (so
 * that the words of a class whose first member leaves are read from another), add and remove articles and
 * move them in the caller's order.
 */
class RememberedClassesTest {
    private static final PassageSettings SETTINGS = PassageSettings.defaults();

    @Test
    void classesMadeAgainForChangedArticlesAreThoseOfAWholeClassify() {
        Random random = new Random(13);
        List<String> sources = new ArrayList<>();
        for (int i = 0; i < 15; i++) sources.add(RememberedPassagesTest.paragraph(random, 12 + random.nextInt(30)));
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < 50; i++) articles.add(RememberedPassagesTest.article("gen-" + i, random, sources));
        RememberedVocabulary vocabulary = new RememberedVocabulary(SETTINGS);
        PassageFinder remembering = RememberedPassagesTest.remembering(SETTINGS, vocabulary);
        PassageFinder fresh = new PassageFinder(SETTINGS);
        int partly = 0;
        int kept = 0;
        for (int step = 0; step < 90; step++) {
            List<Passage> found = remembering.find(articles);
            assertEquals(fresh.find(articles), found, "step " + step);
            RememberedClasses classes = vocabulary.classes();
            assertLikeWholeClassify(articles, vocabulary, classes, "step " + step);
            vocabulary.endBuild();
            if (classes.remade() < classes.last().size() / 2) partly++;
            if (classes.remade() == 0) kept++;
            change(articles, random, sources, step);
        }
        assertTrue(partly >= 40, "most builds should make only a few classes again, but " + partly + " did");
        assertTrue(kept >= 5, "an edit of too few words should leave every class as it was, but " + kept + " builds did");
    }

    private static void assertLikeWholeClassify(List<Article> articles, RememberedVocabulary vocabulary, RememberedClasses remembered, String step) {
        List<Article> byId = new ArrayList<>(articles);
        byId.sort(Comparator.comparing(Article::id));
        List<ArticleReading> readings = byId.stream().map(PassageSteps.FRESH::article).toList();
        List<BlockClass> whole = new VocabularySteps().classify(byId, readings, SETTINGS.minWords());
        List<BlockClass> made = remembered.last();
        assertEquals(whole.size(), made.size(), step);
        ShingleIndex index = remembered.lastIndex();
        for (int i = 0; i < whole.size(); i++) {
            BlockClass w = whole.get(i);
            BlockClass m = made.get(i);
            assertEquals(i, m.index(), step);
            assertEquals(shape(w), shape(m), step + ", class " + i);
            assertArrayEquals(w.sentenceStarts(), m.sentenceStarts(), step + ", class " + i);
            // The words are the first member's, read in the remembering vocabulary.
            BlockClass.Member first = m.members().get(0);
            int at = first.article();
            Article article = byId.get(at);
            assertArrayEquals(vocabulary.articleWords(PassageSteps.FRESH.article(article))[first.blockIndex()].ids(), m.ids(), step + ", class " + i);
            int slot = index.slotOf(m);
            if (slot >= 0) {
                assertEquals(index.table().slotOf(m.ids(), m.idsHash()), slot, step + ", class " + i);
                assertSame(m, index.classAt(slot), step + ", class " + i);
            }
        }
    }

    /** What a class holds besides its word ids: each member's article, block, and the places of its words. */
    private static List<String> shape(BlockClass c) {
        List<String> shape = new ArrayList<>();
        shape.add(c.ids().length + " words");
        for (BlockClass.Member m : c.members()) {
            shape.add(m.article() + " " + m.articleId() + " " + m.blockIndex() + " " + m.block().id() + " " + m.block().text()
                    + " " + java.util.Arrays.toString(m.starts()) + java.util.Arrays.toString(m.ends()));
        }
        return shape;
    }

    /**
     * The edits of {@link RememberedPassagesTest#change}, and in turn: a paragraph copied with a full stop before
     * each "the", made "The" (the same words in other sentences), or as it is, at any place of an article, and a
     * sentence too short to share added to an article.
     */
    private static void change(List<Article> articles, Random random, List<String> sources, int step) {
        switch (step % 9) {
            case 5, 6 -> {
                int at = random.nextInt(articles.size());
                Article article = articles.get(at);
                List<String> paragraphs = new ArrayList<>(article.blocks().stream().map(Block::text).toList());
                String source = sources.get(random.nextInt(3));
                paragraphs.add(random.nextInt(paragraphs.size() + 1), step % 9 == 5 ? source.replace(" the ", ". The ") : source);
                articles.set(at, Fixtures.article(article.id(), article.date(), paragraphs.toArray(String[]::new)));
            }
            case 7 -> {
                int at = random.nextInt(articles.size());
                Article article = articles.get(at);
                List<String> paragraphs = new ArrayList<>(article.blocks().stream().map(Block::text).toList());
                paragraphs.add("An editor added this, number " + step + ".");
                articles.set(at, Fixtures.article(article.id(), article.date(), paragraphs.toArray(String[]::new)));
            }
            default -> RememberedPassagesTest.change(articles, random, sources, step);
        }
    }
}
