package org.dossier.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dossier.model.Article;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeedCacheTest {
    private static final String A = "000_612085df6fbf3f80";
    private static final String B = "003_70f3edb694600a6b";

    @TempDir
    Path dir;
    private Path seeds;
    private final SeedCache cache = SeedCache.remembering();

    @BeforeEach
    void copySeeds() throws IOException {
        seeds = Files.createDirectories(dir.resolve("seeds"));
        for (String id : List.of(A, B)) Files.copy(Path.of("seeds", id + ".txt"), seeds.resolve(id + ".txt"));
    }

    private Map<String, Article> ingest() {
        IngestResult result = new Ingester().ingest(seeds, n -> {}, cache);
        return result.articles().stream().collect(Collectors.toMap(Article::id, Function.identity()));
    }

    @Test
    void readsAgainOnlyTheSeedThatChanged() throws IOException {
        Map<String, Article> first = ingest();
        Path a = seeds.resolve(A + ".txt");
        Files.writeString(a, Files.readString(a) + "\nEen nieuwe alinea.\n");

        Map<String, Article> second = ingest();

        assertSame(first.get(B), second.get(B), "the unchanged seed comes from the cache");
        assertNotSame(first.get(A), second.get(A));
        assertTrue(second.get(A).blocks().get(second.get(A).blocks().size() - 1).text().contains("Een nieuwe alinea."));
    }

    @Test
    void readsAgainAForgottenSeedEvenWhenSizeAndTimeAreAlike() throws IOException {
        Path a = seeds.resolve(A + ".txt");
        FileTime time = Files.getLastModifiedTime(a);
        Map<String, Article> first = ingest();
        // Same length, same time, other text: only the watcher can know, and it tells the cache to forget.
        String text = Files.readString(a);
        Files.writeString(a, text.replace("Biden", "BIDEN"));
        Files.setLastModifiedTime(a, time);

        assertSame(first.get(A), ingest().get(A), "size and time alike: taken from the cache");
        cache.forget(a);
        assertTrue(ingest().get(A).blocks().stream().anyMatch(block -> block.text().contains("BIDEN")));
    }

    @Test
    void readsAgainASeedReplacedByRenameEvenWithTheSameTime() throws IOException {
        Path a = seeds.resolve(A + ".txt");
        Map<String, Article> first = ingest();
        // Editors that save atomically write a new file and rename it over the old one: a new file identity.
        Path fresh = seeds.resolve(".new");
        Files.writeString(fresh, Files.readString(a).replace("Biden", "BIDEN"));
        Files.setLastModifiedTime(fresh, Files.getLastModifiedTime(a));
        Files.move(fresh, a, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);

        assertNotSame(first.get(A), ingest().get(A));
    }

    @Test
    void forgetsSeedsThatWereRemoved() throws IOException {
        ingest();
        assertEquals(2, cache.size());
        Files.delete(seeds.resolve(B + ".txt"));

        assertEquals(List.of(A), List.copyOf(ingest().keySet()));
        assertEquals(1, cache.size());
    }

    @Test
    void keepsReportingTheErrorOfAnUnchangedBrokenSeed() throws IOException {
        Files.write(seeds.resolve("broken.txt"), new byte[] {'a', (byte) 0xFF, 'b', '\n'});
        IngestResult first = new Ingester().ingest(seeds, n -> {}, cache);
        IngestResult second = new Ingester().ingest(seeds, n -> {}, cache);

        assertTrue(first.hasErrors());
        assertEquals(first.diagnostics(), second.diagnostics());
    }

    @Test
    void aCacheWithoutMemoryReadsEverySeedEveryTime() {
        SeedCache none = SeedCache.none();
        Article first = new Ingester().ingest(seeds, n -> {}, none).articles().get(0);
        Article second = new Ingester().ingest(seeds, n -> {}, none).articles().get(0);

        assertNotSame(first, second);
        assertEquals(first, second);
        assertEquals(0, none.size());
    }

    @Test
    void findsSeedsInFoldersAndThroughLinksButNotHiddenOnes() throws IOException {
        Path text = seeds.resolve(A + ".txt");
        Files.createDirectories(seeds.resolve("later"));
        Files.copy(text, seeds.resolve("later/kopie.txt"));
        Files.createDirectories(seeds.resolve(".drafts"));
        Files.copy(text, seeds.resolve(".drafts/concept.txt"));
        Files.copy(text, seeds.resolve(".verborgen.txt"));
        // A link is followed only to a file inside the seeds folder (issue 16: never to /etc/passwd).
        Path inside = Files.createDirectories(seeds.resolve(".bron"));
        Files.copy(text, inside.resolve("intern.txt"));
        Files.createSymbolicLink(seeds.resolve("link.txt"), inside.resolve("intern.txt"));
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Files.copy(text, elsewhere.resolve("extern.txt"));
        Files.createSymbolicLink(seeds.resolve("extern.txt"), elsewhere.resolve("extern.txt"));
        Files.createSymbolicLink(seeds.resolve("map"), elsewhere);

        IngestResult result = new Ingester().ingest(seeds, n -> {}, cache);
        List<String> sources = result.articles().stream().map(Article::source).toList();

        assertEquals(List.of(A + ".txt", B + ".txt", "later/kopie.txt", "link.txt"), sources,
                "in the order of their paths; a link to a file in the seeds folder is a seed, a link out of it, a link to a"
                        + " folder and hidden files are not");
        assertTrue(result.diagnostics().stream().anyMatch(d -> d.toString().startsWith(seeds.resolve("extern.txt")
                + ": warning: is a link to ") && d.message().contains("outside the seeds folder")), result.diagnostics()::toString);
        Files.writeString(inside.resolve("intern.txt"), Files.readString(text) + "\nNog een alinea.\n");
        Article linked = new Ingester().ingest(seeds, n -> {}, cache).articles().stream()
                .filter(a -> a.source().equals("link.txt")).findFirst().orElseThrow();
        assertTrue(linked.blocks().stream().anyMatch(b -> b.text().contains("Nog een alinea.")),
                "a change to the file a link points to is read again");
    }
}
