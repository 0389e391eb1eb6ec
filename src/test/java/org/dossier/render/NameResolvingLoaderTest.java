package org.dossier.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.loader.DelegatingLoader;
import io.pebbletemplates.pebble.loader.FileLoader;
import io.pebbletemplates.pebble.loader.Loader;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class NameResolvingLoaderTest {
    private static Loader<?> pebbles() {
        FileLoader user = new FileLoader();
        user.setPrefix("/tmp/templates");
        ClasspathLoader builtIn = new ClasspathLoader(NameResolvingLoaderTest.class.getClassLoader());
        builtIn.setPrefix("templates");
        return new DelegatingLoader(List.of(user, builtIn));
    }

    @Test
    void resolvesEveryNameAsPebblesOwnLoadersDo() {
        Loader<?> plain = pebbles();
        Loader<?> quick = new NameResolvingLoader<>(pebbles());
        for (String name : Arrays.asList("_snippet", "./_snippet", ".\\_snippet", "../_snippet", "..\\shared/_snippet",
                "./../a/b", "...", "../", "./", ".", "..", ".hidden", "..hidden", "a/../b", "", null)) {
            for (String anchor : List.of("entity", "pages/entity", "a/b/c")) {
                assertEquals(resolved(plain, name, anchor), resolved(quick, name, anchor), name + " from " + anchor);
            }
        }
    }

    /** The path, or the exception Pebble throws for it ("./" from a template without a folder). */
    private static String resolved(Loader<?> loader, String name, String anchor) {
        try {
            return loader.resolveRelativePath(name, anchor);
        } catch (RuntimeException e) {
            return e.getClass().getName();
        }
    }

    @Test
    void givesTheSameKeyForTheSameName() {
        Loader<?> quick = new NameResolvingLoader<>(pebbles());
        assertSame(quick.createCacheKey("_snippet"), quick.createCacheKey("_snippet"));
        assertEquals(pebbles().createCacheKey("_snippet"), quick.createCacheKey("_snippet"));
    }
}
