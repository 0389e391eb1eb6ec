package org.dossier.build;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rebuild in place (the preview's) that cannot replace one of the site's files: it must not claim the
 * site is as it was, since other files may already be new, and the next rebuild must make the whole site
 * again rather than trust its memory of the folder. The file is made immutable with {@code chattr +i}
 * (tests run as root, where permission bits stop nothing); skipped where that does not work.
 */
class InPlaceFailureTest {
    private static final String PAGE = "articles/000_612085df6fbf3f80.html";

    @TempDir
    Path dir;

    @Test
    void saysTheSiteIsNotAsItWasAndTheNextRebuildMakesItWhole() throws Exception {
        BuildConfig config = TestFolders.copyOfRepository(dir);
        BuildMemory memory = BuildMemory.remembering();
        assertTrue(new DossierBuild(config, BuildListener.SILENT, memory).run().succeeded());
        Path seed = config.seeds().resolve("000_612085df6fbf3f80.txt");
        Path page = config.out().resolve(PAGE);
        assumeTrue(chattr("+i", page), "chattr +i does not work here");
        BuildReport failed;
        try {
            Files.writeString(seed, Files.readString(seed) + "\nEen alinea die niet op de pagina kan.\n");
            failed = new DossierBuild(config, BuildListener.SILENT, memory).run();
        } finally {
            chattr("-i", page);
        }
        assertFalse(failed.succeeded());
        assertFalse(failed.siteUntouched(), "some files may be new: " + failed.diagnostics());
        assertTrue(failed.errors().get(0).message().contains("some of its files may already be new"), failed.errors().toString());

        BuildReport next = new DossierBuild(config, BuildListener.SILENT, memory).run();
        assertTrue(next.succeeded(), next.diagnostics()::toString);
        assertTrue(Files.readString(page).contains("Een alinea die niet op de pagina kan."));
    }

    private static boolean chattr(String flag, Path file) throws InterruptedException {
        try {
            Process p = new ProcessBuilder(List.of("chattr", flag, file.toString())).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        }
    }
}
