package org.dossier.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
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
}
