package org.dossier.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.io.IOException;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StagedSiteTest {
    @TempDir
    Path dir;

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private PublishReport publish(Path out, String... pathsAndContents) throws Exception {
        try (StagedSite site = StagedSite.open(out)) {
            for (int i = 0; i < pathsAndContents.length; i += 2) site.write(pathsAndContents[i], bytes(pathsAndContents[i + 1]));
            return site.commit();
        }
    }

    @Test
    void replacesTheOutputFolderWholeOnCommit() throws Exception {
        Path out = dir.resolve("site");
        publish(out, "index.html", "one", "old/page.html", "gone soon");
        PublishReport report = publish(out, "index.html", "two", "data/dossier.json", "{}");
        assertEquals(new PublishReport(2, 0, 1), report);
        assertEquals("two", Files.readString(out.resolve("index.html")));
        assertFalse(Files.exists(out.resolve("old")), "files of the previous build that were not written again are gone");
        assertFalse(Files.exists(dir.resolve(".site.staging")));
        assertFalse(Files.exists(dir.resolve(".site.previous")));
    }

    @Test
    void pagesWrittenFromManyThreadsIntoNewFoldersAllArrive() throws Exception {
        Path out = dir.resolve("site");
        List<String> paths = java.util.stream.IntStream.range(0, 400)
                .mapToObj(i -> "entities/" + (i % 7) + "/" + (i % 13) + "/page-" + i + ".html").toList();
        try (StagedSite site = StagedSite.open(out)) {
            // Threads race to be first in each new folder: the ones that come second must find it made.
            paths.parallelStream().forEach(path -> site.write(path, bytes(path)));
            assertEquals(new PublishReport(400, 0, 0), site.commit());
        }
        for (String path : paths) assertEquals(path, Files.readString(out.resolve(path)));
    }

    @Test
    void unchangedFilesKeepTheirModificationTimeAndChangedOnesDoNot() throws Exception {
        Path out = dir.resolve("site");
        publish(out, "same.html", "same", "changed.html", "before");
        FileTime old = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
        Files.setLastModifiedTime(out.resolve("same.html"), old);
        Files.setLastModifiedTime(out.resolve("changed.html"), old);
        PublishReport report = publish(out, "same.html", "same", "changed.html", "after");
        assertEquals(new PublishReport(1, 1, 0), report);
        assertEquals(old, Files.getLastModifiedTime(out.resolve("same.html")));
        assertNotEquals(old, Files.getLastModifiedTime(out.resolve("changed.html")));
    }

    @Test
    void closingWithoutCommitLeavesTheOutputAsItWasAndRemovesTheStage() throws Exception {
        Path out = dir.resolve("site");
        publish(out, "index.html", "published");
        try (StagedSite site = StagedSite.open(out)) {
            site.write("index.html", bytes("half-built"));
        }
        assertEquals("published", Files.readString(out.resolve("index.html")));
        assertFalse(Files.exists(dir.resolve(".site.staging")));
    }

    @Test
    void refusesPathsThatLeaveTheSiteAndPathsWrittenTwice() throws Exception {
        try (StagedSite site = StagedSite.open(dir.resolve("site"))) {
            assertThrows(IllegalArgumentException.class, () -> site.write("../escape.html", bytes("x")));
            assertThrows(IllegalArgumentException.class, () -> site.write("a/../../escape.html", bytes("x")));
            assertThrows(IllegalArgumentException.class, () -> site.write("/etc/escape.html", bytes("x")));
            assertThrows(IllegalArgumentException.class, () -> site.write("", bytes("x")));
            site.write("index.html", bytes("x"));
            assertThrows(IllegalArgumentException.class, () -> site.write("index.html", bytes("y")));
        }
        assertFalse(Files.exists(dir.resolve("escape.html")));
    }

    @Test
    void clearsAStageLeftBehindByABuildThatDied() throws Exception {
        Path leftover = Files.createDirectories(dir.resolve(".site.staging/articles"));
        Files.writeString(leftover.resolve("stale.html"), "stale");
        Path out = dir.resolve("site");
        publish(out, "index.html", "fresh");
        assertFalse(Files.exists(out.resolve("articles/stale.html")));
        assertTrue(Files.exists(out.resolve("index.html")));
    }

    /** The disk as it is, except that deleting or moving the folders named fails, as on a read-only folder. */
    private static FolderOperations failing(Set<String> undeletable, Set<String> unmovable) {
        return new FolderOperations() {
            @Override
            public void move(Path from, Path to) throws IOException {
                if (unmovable.contains(from.getFileName().toString())) throw new IOException("cannot move " + from);
                DISK.move(from, to);
            }

            @Override
            public void deleteTree(Path tree) throws IOException {
                if (undeletable.contains(tree.getFileName().toString()) && Files.exists(tree)) {
                    throw new IOException("cannot delete " + tree);
                }
                DISK.deleteTree(tree);
            }
        };
    }

    private PublishReport publish(Path out, FolderOperations ops, String path, String content) throws Exception {
        try (StagedSite site = StagedSite.open(out, ops)) {
            site.write(path, bytes(content));
            return site.commit();
        }
    }

    @Test
    void publishesWhenTheOldSiteCannotBeDeletedSaysWhereItIsAndLaterBuildsWork() throws Exception {
        Path out = dir.resolve("site");
        publish(out, "index.html", "one");
        FolderOperations ops = failing(Set.of(".site.previous"), Set.of());

        PublishReport second = publish(out, ops, "index.html", "two");
        assertEquals("two", Files.readString(out.resolve("index.html")), "the new site is published");
        assertEquals(1, second.warnings().size());
        assertTrue(second.warnings().get(0).contains(dir.resolve(".site.stale-1").toString()), second.warnings().toString());
        assertEquals("one", Files.readString(dir.resolve(".site.stale-1/index.html")), "the old site is where the warning says");
        assertFalse(Files.exists(dir.resolve(".site.previous")));

        PublishReport third = publish(out, ops, "index.html", "three");
        assertEquals("three", Files.readString(out.resolve("index.html")));
        assertTrue(third.warnings().get(0).contains(".site.stale-2"), third.warnings().toString());
    }

    @Test
    void putsTheLastSiteBackWhenTheNewOneCannotBeMovedIn() throws Exception {
        Path out = dir.resolve("site");
        publish(out, "index.html", "published");
        PublishException e = assertThrows(PublishException.class,
                () -> publish(out, failing(Set.of(), Set.of(".site.staging")), "index.html", "new"));
        assertTrue(e.siteUntouched());
        assertTrue(e.getMessage().contains("was left as it was"), e.getMessage());
        assertEquals("published", Files.readString(out.resolve("index.html")));
        assertFalse(Files.exists(dir.resolve(".site.staging")));
        assertFalse(Files.exists(dir.resolve(".site.previous")));
    }

    @Test
    void saysWhereTheLastSiteIsWhenItCannotBePutBackAndTheNextBuildPutsItBack() throws Exception {
        Path out = dir.resolve("site");
        publish(out, "index.html", "published");
        PublishException e = assertThrows(PublishException.class,
                () -> publish(out, failing(Set.of(), Set.of(".site.staging", ".site.previous")), "index.html", "new"));
        assertFalse(e.siteUntouched(), "the site folder is gone for now, and the message must not say otherwise");
        assertTrue(e.getMessage().contains(dir.resolve(".site.previous").toString()), e.getMessage());
        assertFalse(e.getMessage().contains("left as it was"), e.getMessage());

        try (StagedSite next = StagedSite.open(out)) {
            assertEquals("published", Files.readString(out.resolve("index.html")), "opening the next stage put it back");
            assertTrue(next.commit().warnings().get(0).contains("put back"));
        }
    }

    @Test
    void aWriteThatComesAfterTheStageWasClosedLeavesNoStageBehind() throws Exception {
        // A render fails on one thread while another still writes: the build closes the stage at once.
        StagedSite site = StagedSite.open(dir.resolve("site"));
        site.write("index.html", bytes("first"));
        site.close();
        assertThrows(IllegalStateException.class, () -> site.write("articles/late.html", bytes("late")));
        assertFalse(Files.exists(dir.resolve(".site.staging")));
    }

    @Test
    void publishesIntoTheFolderThatASymbolicLinkPointsTo() throws Exception {
        Path real = dir.resolve("real");
        publish(real, "index.html", "one");
        Path link = Files.createSymbolicLink(dir.resolve("site"), real);

        publish(link, "index.html", "two");

        assertTrue(Files.isSymbolicLink(link), "the link stays a link");
        assertEquals(real, Files.readSymbolicLink(link));
        assertEquals("two", Files.readString(real.resolve("index.html")), "the real site is the one updated");
        assertFalse(Files.exists(dir.resolve(".real.previous")));
        assertFalse(Files.exists(dir.resolve(".site.staging")));
    }

    @Test
    void publishesIntoTheFolderThatADanglingLinkNames() throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("site"), Path.of("elsewhere"));
        publish(link, "index.html", "new");
        assertEquals("new", Files.readString(dir.resolve("elsewhere/index.html")));
        assertTrue(Files.isSymbolicLink(link));
    }

    @Test
    void aFileInPiecesIsWrittenAsItsBytes() throws Exception {
        Path out = dir.resolve("site");
        publish(out, "data/dossier.json", "{\"version\": 1, \"articles\": []}");
        try (StagedSite site = StagedSite.open(out)) {
            site.write("data/dossier.json", List.of(bytes("{\"version\": 1, "), bytes("\"articles\": ["), bytes("{}"), bytes("]}")));
            assertEquals(new PublishReport(1, 0, 0), site.commit());
        }
        assertEquals("{\"version\": 1, \"articles\": [{}]}", Files.readString(out.resolve("data/dossier.json")));
        try (StagedSite site = StagedSite.open(out)) {
            site.write("data/dossier.json", List.of(bytes("{\"version\": 1, \"articles\": ["), bytes("{}]}")));
            assertEquals(new PublishReport(0, 1, 0), site.commit(), "the same bytes cut otherwise are unchanged");
        }
    }
}
