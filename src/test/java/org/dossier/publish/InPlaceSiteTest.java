package org.dossier.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InPlaceSiteTest {
    private static final FileTime LONG_AGO = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));

    @TempDir
    Path dir;
    private Path out;
    private PublishedFiles published;

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @BeforeEach
    void publishFirstVersion() throws Exception {
        out = dir.resolve("site");
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("index.html", bytes("home"));
        files.put("articles/a.html", bytes("a"));
        files.put("articles/b.html", bytes("b"));
        files.put("entities/x.html", bytes("x"));
        files.put(OutputFolderCheck.MARKER, bytes("{}"));
        try (StagedSite site = StagedSite.open(out)) {
            files.forEach(site::write);
            site.commit();
        }
        published = PublishedFiles.of(out, files);
        try (Stream<Path> all = Files.walk(out)) {
            for (Path file : all.filter(Files::isRegularFile).toList()) Files.setLastModifiedTime(file, LONG_AGO);
        }
    }

    @Test
    void writesOnlyFilesWhoseBytesChangedAndDeletesWhatIsGone() throws Exception {
        PublishReport report;
        Set<String> changed;
        try (InPlaceSite site = InPlaceSite.open(published)) {
            site.write("index.html", bytes("home"));
            site.write("articles/a.html", bytes("a, edited"));
            site.write("articles/b.html", bytes("b"));
            site.write("articles/c.html", bytes("c"));
            site.write(OutputFolderCheck.MARKER, bytes("{}"));
            report = site.commit();
            changed = site.changed();
        }

        assertEquals(new PublishReport(2, 3, 1), report);
        assertEquals(Set.of("articles/a.html", "articles/c.html", "entities/x.html"), changed,
                "the edited file, the new one and the removed one");
        assertEquals("a, edited", Files.readString(out.resolve("articles/a.html")));
        assertEquals("c", Files.readString(out.resolve("articles/c.html")));
        assertEquals(LONG_AGO, Files.getLastModifiedTime(out.resolve("index.html")), "unchanged files are not touched");
        assertEquals(LONG_AGO, Files.getLastModifiedTime(out.resolve("articles/b.html")));
        assertFalse(Files.exists(out.resolve("entities")), "a folder left empty goes too");
        try (Stream<Path> all = Files.walk(out)) {
            assertTrue(all.noneMatch(p -> p.getFileName().toString().startsWith(".")), "no temporary files are left");
        }
    }

    @Test
    void bringsBackAnUnchangedFileDeletedByHand() throws Exception {
        Files.delete(out.resolve("articles/b.html"));
        PublishReport report;
        Set<String> changed;
        try (InPlaceSite site = InPlaceSite.open(published)) {
            site.write("index.html", bytes("home"));
            site.write("articles/a.html", bytes("a, edited"));
            site.write("articles/b.html", bytes("b"));
            site.write("entities/x.html", bytes("x"));
            site.write(OutputFolderCheck.MARKER, bytes("{}"));
            report = site.commit();
            changed = site.changed();
        }

        assertEquals(new PublishReport(2, 3, 0), report, "the edited file and the one deleted by hand");
        assertEquals(Set.of("articles/a.html"), changed, "the file put back has the bytes the site had");
        assertEquals("b", Files.readString(out.resolve("articles/b.html")));
        assertEquals("a, edited", Files.readString(out.resolve("articles/a.html")));
    }

    @Test
    void theSnapshotAfterACommitKnowsItsNewFilesWhenOneIsDeletedByHand() throws Exception {
        Map<String, byte[]> withC = new LinkedHashMap<>();
        withC.put("index.html", bytes("home"));
        withC.put("articles/a.html", bytes("a"));
        withC.put("articles/b.html", bytes("b"));
        withC.put("articles/c.html", bytes("c"));
        withC.put("entities/x.html", bytes("x"));
        withC.put(OutputFolderCheck.MARKER, bytes("{}"));
        PublishedFiles snapshot = published;
        // A new file, then a rebuild with the same paths (the snapshot hands its paths on), then the new
        // file deleted by hand: the third rebuild must know it as one of the site's.
        for (String aText : new String[] {"a", "a, edited"}) {
            try (InPlaceSite site = InPlaceSite.open(snapshot)) {
                withC.put("articles/a.html", bytes(aText));
                withC.forEach(site::write);
                site.commit();
                snapshot = site.published();
            }
            assertEquals(withC.size(), snapshot.size());
            assertTrue(snapshot.describes(out));
        }
        Files.delete(out.resolve("articles/c.html"));
        PublishReport report;
        try (InPlaceSite site = InPlaceSite.open(snapshot)) {
            withC.forEach(site::write);
            report = site.commit();
            assertEquals(Set.of(), site.changed(), "the file put back has the bytes the site had");
        }

        assertEquals(new PublishReport(1, 5, 0), report, "only the file deleted by hand is written");
        assertEquals("c", Files.readString(out.resolve("articles/c.html")));
    }

    @Test
    void bringsBackAFolderDeletedByHand() throws Exception {
        Files.delete(out.resolve("entities/x.html"));
        Files.delete(out.resolve("entities"));
        PublishReport report;
        try (InPlaceSite site = InPlaceSite.open(published)) {
            site.write("index.html", bytes("home"));
            site.write("articles/a.html", bytes("a"));
            site.write("articles/b.html", bytes("b"));
            site.write("entities/x.html", bytes("x"));
            site.write(OutputFolderCheck.MARKER, bytes("{}"));
            report = site.commit();
            assertEquals(Set.of(), site.changed(), "the file put back has the bytes the site had");
        }

        assertEquals(new PublishReport(1, 4, 0), report, "only the file whose folder was deleted is written");
        assertEquals("x", Files.readString(out.resolve("entities/x.html")));
        assertEquals(LONG_AGO, Files.getLastModifiedTime(out.resolve("articles/b.html")), "the files still there are not touched");
    }

    @Test
    void aFileThatCannotBeWrittenFailsTheCommitWithTheFolderNamed() throws Exception {
        // A folder where a changed file should go: the file cannot replace it.
        Files.delete(out.resolve("articles/a.html"));
        Files.createDirectories(out.resolve("articles/a.html/inside"));
        try (InPlaceSite site = InPlaceSite.open(published)) {
            site.write("articles/a.html", bytes("a, edited"));
            PublishException e = org.junit.jupiter.api.Assertions.assertThrows(PublishException.class, site::commit);
            assertTrue(e.diagnostic().toString().contains(out.toString()), e.diagnostic().toString());
        }
    }

    @Test
    void touchesNothingUntilCommitted() throws Exception {
        try (InPlaceSite site = InPlaceSite.open(published)) {
            site.write("index.html", bytes("changed"));
        }
        assertEquals("home", Files.readString(out.resolve("index.html")));
        assertTrue(Files.exists(out.resolve("entities/x.html")));
    }

    @Test
    void describesTheFolderUntilAStagedBuildReplacesIt() throws Exception {
        assertTrue(published.describes(out));
        try (StagedSite site = StagedSite.open(out)) {
            site.write(OutputFolderCheck.MARKER, bytes("{}"));
            site.commit();
        }
        assertFalse(published.describes(out), "another build swapped the folder: the snapshot no longer vouches for it");
        assertFalse(published.describes(dir.resolve("elsewhere")));
    }

    @Test
    void tellsWhichPathsChangedBetweenSnapshots() throws IOException {
        Map<String, byte[]> next = new LinkedHashMap<>();
        next.put("index.html", bytes("home"));
        next.put("articles/a.html", bytes("a2"));
        next.put("articles/c.html", bytes("c"));
        next.put(OutputFolderCheck.MARKER, bytes("{}"));

        Set<String> changed = PublishedFiles.of(out, next).changedSince(published);

        assertEquals(Set.of("articles/a.html", "articles/b.html", "articles/c.html", "entities/x.html"), changed);
    }

    @Test
    void refusesPathsOutsideTheSite() {
        InPlaceSite site = InPlaceSite.open(published);
        for (String path : List.of("../x.html", "/etc/passwd", "", "a/../../x")) {
            org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> site.write(path, bytes("x")), path);
        }
    }

    @Test
    void bringsBackAFileDeletedByHandWhenAnotherFileWasAddedByHandBesideIt() throws Exception {
        // As many names in the folder as the site has there, but not the same ones.
        Files.delete(out.resolve("articles/b.html"));
        Files.writeString(out.resolve("articles/z.html"), "added by hand");
        PublishReport report;
        try (InPlaceSite site = InPlaceSite.open(published)) {
            site.write("index.html", bytes("home"));
            site.write("articles/a.html", bytes("a"));
            site.write("articles/b.html", bytes("b"));
            site.write("entities/x.html", bytes("x"));
            site.write(OutputFolderCheck.MARKER, bytes("{}"));
            report = site.commit();
            assertEquals(Set.of(), site.changed());
        }

        assertEquals(new PublishReport(1, 4, 0), report, "only the file deleted by hand is written");
        assertEquals("b", Files.readString(out.resolve("articles/b.html")));
        assertEquals("added by hand", Files.readString(out.resolve("articles/z.html")), "a file the site never had is left alone");
    }

    @Test
    void aFileInPiecesIsComparedAndWrittenAsItsBytes() throws Exception {
        byte[] head = bytes("{\"items\": [");
        byte[] one = bytes("one");
        byte[] two = bytes("two");
        byte[] tail = bytes("]}");
        List<String> rest = List.of("index.html", "articles/a.html", "articles/b.html", "entities/x.html", OutputFolderCheck.MARKER);
        Map<String, String> restBytes = Map.of("index.html", "home", "articles/a.html", "a", "articles/b.html", "b",
                "entities/x.html", "x", OutputFolderCheck.MARKER, "{}");
        PublishedFiles snapshot = published;
        // Published whole as "x.json" first is not needed: a new file in pieces is added as its bytes.
        List<List<byte[]>> versions = List.of(
                List.of(head, one, bytes(", "), two, tail),
                // The same bytes cut otherwise, and pieces that are other arrays with the same bytes: unchanged.
                List.of(bytes("{\"items\": [one, "), two, tail),
                // One piece of the same length with other bytes: changed.
                List.of(head, one, bytes(", "), bytes("TWO"), tail),
                // Cut as the last, one piece another array as long with other bytes: changed; with the same bytes: not.
                List.of(head, one, bytes(", "), bytes("TwO"), tail),
                List.of(head, one, bytes(", "), bytes("TwO"), tail),
                // One piece left out.
                List.of(head, one, tail));
        List<Boolean> changedExpected = List.of(true, false, true, true, false, true);
        List<String> text = List.of("{\"items\": [one, two]}", "{\"items\": [one, two]}", "{\"items\": [one, TWO]}",
                "{\"items\": [one, TwO]}", "{\"items\": [one, TwO]}", "{\"items\": [one]}");
        for (int i = 0; i < versions.size(); i++) {
            try (InPlaceSite site = InPlaceSite.open(snapshot)) {
                for (String path : rest) site.write(path, bytes(restBytes.get(path)));
                site.write("data/x.json", versions.get(i));
                site.commit();
                assertEquals(changedExpected.get(i), site.changed().contains("data/x.json"), "version " + i);
                snapshot = site.published();
            }
            assertEquals(text.get(i), Files.readString(out.resolve("data/x.json")), "version " + i);
        }
        // The snapshot holds pieces; a file given whole with the same bytes is unchanged, and one deleted by hand comes back.
        Files.delete(out.resolve("data/x.json"));
        try (InPlaceSite site = InPlaceSite.open(snapshot)) {
            for (String path : rest) site.write(path, bytes(restBytes.get(path)));
            site.write("data/x.json", bytes("{\"items\": [one]}"));
            assertEquals(new PublishReport(1, 5, 0), site.commit());
            assertEquals(Set.of(), site.changed());
        }
        assertEquals("{\"items\": [one]}", Files.readString(out.resolve("data/x.json")));
    }
}
