package org.dossier.analyze.passages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.dossier.model.Article;
import org.dossier.model.Block;
import org.junit.jupiter.api.Test;

class ShingleIndexTest {
    private static final String FIRST = "The regional water authority announced on Monday that farmers in the province must stop sprinkling.";
    private static final String SECOND = "Farmers organisations reacted furiously and announced a court case against the water authority.";
    private final PassageSettings settings = PassageSettings.defaults();

    @Test
    void shinglesWhoseHashesCollidePairAsIfTheyDidNot() {
        List<Article> articles = List.of(
                Fixtures.article("a", FIRST + " " + SECOND),
                Fixtures.article("b", "Dry spring. " + FIRST),
                Fixtures.article("c", SECOND + " More later today from the newsroom."),
                Fixtures.article("d", FIRST.replace("Monday", "Tuesday") + " " + SECOND));
        Vocabulary vocabulary = new Vocabulary();
        List<BlockClass> classes = new ArrayList<>();
        for (int a = 0; a < articles.size(); a++) {
            Block block = articles.get(a).blocks().get(0);
            TextWords words = TextWords.of(ProseReading.of(block.text()), vocabulary);
            BlockClass c = new BlockClass(a, words);
            c.add(new BlockClass.Member(a, articles.get(a).id(), 0, block, words.starts(), words.ends()));
            classes.add(c);
        }
        boolean[] indexed = new boolean[classes.size()];
        Arrays.fill(indexed, true);
        ShingleIndex apart = new ShingleIndex(classes, indexed, new ShingleTable(settings.shingleSize()), settings, 100);
        ShingleIndex colliding = new ShingleIndex(classes, indexed, new ShingleTable(settings.shingleSize(), (ids, from, size) -> 42), settings, 100);

        List<String> expected = pairs(apart, classes);
        assertFalse(expected.isEmpty());
        assertEquals(expected, pairs(colliding, classes));
    }

    private static List<String> pairs(ShingleIndex index, List<BlockClass> classes) {
        List<String> pairs = new ArrayList<>();
        for (BlockClass c : classes) {
            index.pairs().get(c.index).forEach(p -> pairs.add(c.index + "-" + p.other().index + " " + Arrays.toString(p.matches())));
        }
        return pairs;
    }
}
