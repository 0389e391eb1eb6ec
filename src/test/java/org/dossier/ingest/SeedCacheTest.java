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

    /** An ingest through the cache, checked against one that reads every seed: the same articles, the same diagnostics. */
    private IngestResult ingestAsFresh() {
        IngestResult remembered = new Ingester().ingest(seeds, n -> {}, cache);
        IngestResult fresh = new Ingester().ingest(seeds, n -> {});
        assertEquals(fresh.articles(), remembered.articles());
        assertEquals(fresh.diagnostics().stream().map(Object::toString).toList(),
                remembered.diagnostics().stream().map(Object::toString).toList());
        return remembered;
    }

    private List<String> sources(IngestResult result) {
        return result.articles().stream().map(Article::source).toList();
    }

    @Test
    void everyChangeToTheFolderIsReadAsAFreshIngestReadsIt() throws IOException {
        Path a = seeds.resolve(A + ".txt");
        String text = Files.readString(a);
        ingestAsFresh();

        // Added, in a subfolder: a new path, read.
        Files.createDirectories(seeds.resolve("map"));
        Files.writeString(seeds.resolve("map/nieuw.txt"), text.replace("Biden", "Obama"));
        assertEquals(List.of(A + ".txt", B + ".txt", "map/nieuw.txt"), sources(ingestAsFresh()));

        // Renamed with its size, time and identity kept: the article comes from the new path, with a slug of its name.
        FileTime time = Files.getLastModifiedTime(a);
        Files.move(a, seeds.resolve("hernoemd.txt"));
        Files.setLastModifiedTime(seeds.resolve("hernoemd.txt"), time);
        IngestResult renamed = ingestAsFresh();
        assertEquals(List.of(B + ".txt", "hernoemd.txt", "map/nieuw.txt"), sources(renamed));
        assertTrue(renamed.articles().stream().anyMatch(article -> article.id().equals("hernoemd")));
        assertEquals(3, cache.size(), "the old path is forgotten");

        // Deleted.
        Files.delete(seeds.resolve("map/nieuw.txt"));
        assertEquals(List.of(B + ".txt", "hernoemd.txt"), sources(ingestAsFresh()));
        assertEquals(2, cache.size());

        // A bad file appears, in the top folder and in a subfolder; its error is the fresh ingest's, path:line:column.
        Files.write(seeds.resolve("kapot.txt"), new byte[] {'a', '\n', 'b', (byte) 0xFF, '\n'});
        Files.write(seeds.resolve("map/leeg.md"), new byte[] {'\n'});
        IngestResult bad = ingestAsFresh();
        assertEquals(List.of(seeds.resolve("kapot.txt") + ":2:2: is not valid UTF-8: byte 0xFF cannot start a character (it looks like"
                        + " Windows-1252 or ISO-8859-1); re-save the file as UTF-8",
                seeds.resolve("map/leeg.md") + ": is empty; add the article's text or remove the file"),
                bad.diagnostics().stream().filter(d -> d.isError()).map(Object::toString).toList());

        // Mended: read again, and the error is gone.
        Files.writeString(seeds.resolve("kapot.txt"), text);
        Files.delete(seeds.resolve("map/leeg.md"));
        assertEquals(List.of(B + ".txt", "hernoemd.txt", "kapot.txt"), sources(ingestAsFresh()));

        // Edited in place with the same size and time: the walk cannot see it, the watcher's forget can.
        Path kept = seeds.resolve("hernoemd.txt");
        FileTime before = Files.getLastModifiedTime(kept);
        Files.writeString(kept, Files.readString(kept).replace("Biden", "BIDEN"));
        Files.setLastModifiedTime(kept, before);
        cache.forget(kept);
        IngestResult edited = ingestAsFresh();
        assertTrue(edited.articles().stream().filter(article -> article.id().equals("hernoemd"))
                .flatMap(article -> article.blocks().stream()).anyMatch(block -> block.text().contains("BIDEN")));

        // Edited in place with another size but the same time, and with the same size but another time.
        Files.writeString(kept, Files.readString(kept) + "\nEen alinea erbij.\n");
        Files.setLastModifiedTime(kept, before);
        ingestAsFresh();
        Files.writeString(kept, Files.readString(kept).replace("BIDEN", "Biden"));
        Files.setLastModifiedTime(kept, FileTime.fromMillis(before.toMillis() + 60_000));
        ingestAsFresh();

        // A file that is not a seed, and a hidden one, are warned about and skipped as before.
        Files.writeString(seeds.resolve("notities.doc"), "geen seed");
        Files.writeString(seeds.resolve(".verborgen.txt"), text);
        IngestResult other = ingestAsFresh();
        assertTrue(other.diagnostics().stream().anyMatch(d -> d.toString().startsWith(seeds.resolve("notities.doc") + ": warning: is not a seed")),
                other.diagnostics()::toString);
    }
}
