package org.dossier.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Recovery from a build killed during its swap, with the folders prepared as each kill leaves them. */
class SwapRecoveryTest {
    @TempDir
    Path dir;

    @Test
    void decidesFromWhichFoldersAreThere() {
        assertEquals(SwapRecovery.Step.NOTHING, SwapRecovery.decide(true, false));
        assertEquals(SwapRecovery.Step.NOTHING, SwapRecovery.decide(false, false));
        assertEquals(SwapRecovery.Step.RESTORE_PREVIOUS, SwapRecovery.decide(false, true));
        assertEquals(SwapRecovery.Step.DISCARD_PREVIOUS, SwapRecovery.decide(true, true));
    }

    @Test
    void putsTheLastGoodSiteBackWhenKilledBetweenTheTwoRenames() throws Exception {
        Files.createDirectories(dir.resolve(".site.previous"));
        Files.writeString(dir.resolve(".site.previous/index.html"), "last good");
        Files.createDirectories(dir.resolve(".site.staging"));
        Files.writeString(dir.resolve(".site.staging/index.html"), "never reported");

        List<String> notes = SwapRecovery.recover(dir.resolve("site"));

        assertEquals("last good", Files.readString(dir.resolve("site/index.html")));
        assertFalse(Files.exists(dir.resolve(".site.previous")));
        assertFalse(Files.exists(dir.resolve(".site.staging")));
        assertEquals(1, notes.size());
        assertTrue(notes.get(0).contains("the last good site was put back"), notes.get(0));
    }

    @Test
    void deletesTheOldSiteWhenKilledAfterTheSwapAndSaysNothing() throws Exception {
        Files.createDirectories(dir.resolve("site"));
        Files.writeString(dir.resolve("site/index.html"), "new");
        Files.createDirectories(dir.resolve(".site.previous"));
        Files.writeString(dir.resolve(".site.previous/index.html"), "old");

        assertEquals(List.of(), SwapRecovery.recover(dir.resolve("site")));
        assertEquals("new", Files.readString(dir.resolve("site/index.html")));
        assertFalse(Files.exists(dir.resolve(".site.previous")));
    }

    @Test
    void namesAnUndeletableOldSiteWithTheLowestFreeNumber() {
        assertEquals(".site.stale-1", SwapFolders.staleName("site", Set.of("site", ".site.previous")));
        assertEquals(".site.stale-3", SwapFolders.staleName("site", Set.of(".site.stale-1", ".site.stale-2")));
    }
}
