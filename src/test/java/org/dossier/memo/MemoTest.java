package org.dossier.memo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class MemoTest {
    private final List<String> computed = new ArrayList<>();
    private final Function<String, Integer> length = text -> {
        computed.add(text);
        return text.length();
    };

    @Test
    void computesEachInputOnceWithinABuildAndAcrossTheNext() {
        Memo<String, Integer> memo = Memo.remembering();
        assertEquals(5, memo.get("Poetin", s -> s.length() - 1));
        assertEquals(3, memo.get("Kyiv", s -> s.length() - 1));
        memo.endBuild();
        assertEquals(5, memo.get("Poetin", length), "remembered from the last build");
        assertEquals(8, memo.get("Zelenski", length));
        assertEquals(List.of("Zelenski"), computed);
    }

    @Test
    void forgetsWhatTheLastBuildDidNotAskFor() {
        Memo<String, Integer> memo = Memo.remembering();
        memo.get("Poetin", length);
        memo.get("Kyiv", length);
        memo.endBuild();
        memo.get("Poetin", length); // Kyiv is not asked for in this build
        memo.get("Zelenski", length); // and as much is made as a quarter of what was kept
        memo.endBuild();
        memo.get("Poetin", length);
        memo.get("Kyiv", length);
        assertEquals(List.of("Poetin", "Kyiv", "Zelenski", "Kyiv"), computed, "Poetin was kept; Kyiv was computed again");
    }

    @Test
    void putsOffForgettingWhileItMadeFewerThanAQuarterOfWhatItKept() {
        Memo<String, Integer> memo = Memo.remembering();
        for (String name : List.of("Poetin", "Kyiv", "Biden", "Macron", "Scholz", "Rutte", "Sunak", "Meloni")) memo.get(name, length);
        memo.endBuild(); // forgets nothing: all eight were asked for
        memo.get("Poetin", length);
        memo.get("Zelenski", length); // one made, fewer than a quarter of eight
        memo.endBuild();
        assertEquals(9, memo.size(), "the seven not asked for are kept a while longer");
        memo.get("Kyiv", length); // still remembered
        memo.get("Navalny", length); // two made since: a quarter of eight
        memo.endBuild();
        assertEquals(2, memo.size(), "only what the last build asked for is kept");
        memo.get("Poetin", length);
        assertEquals(List.of("Poetin", "Kyiv", "Biden", "Macron", "Scholz", "Rutte", "Sunak", "Meloni", "Zelenski", "Navalny", "Poetin"), computed);
    }

    @Test
    void noneRemembersNothing() {
        Memo<String, Integer> memo = Memo.none();
        assertFalse(memo.remembers());
        memo.get("Poetin", length);
        memo.get("Poetin", length);
        memo.endBuild();
        memo.get("Poetin", length);
        assertEquals(List.of("Poetin", "Poetin", "Poetin"), computed);
        assertEquals(0, memo.size());
    }

    @Test
    void clearForgetsEverything() {
        Memo<String, Integer> memo = Memo.remembering();
        assertTrue(memo.remembers());
        memo.get("Poetin", length);
        memo.clear();
        memo.get("Poetin", length);
        assertEquals(List.of("Poetin", "Poetin"), computed);
    }

    @Test
    void refusesNullKeysAndResults() {
        Memo<String, Integer> memo = Memo.remembering();
        assertThrows(NullPointerException.class, () -> memo.get(null, length));
        assertThrows(NullPointerException.class, () -> memo.get("Poetin", s -> null));
    }
}
