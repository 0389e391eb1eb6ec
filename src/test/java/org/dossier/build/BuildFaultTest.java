package org.dossier.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SortedMap;
import org.dossier.model.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A fault no check foresaw becomes one error naming the place and the stage, with the exception kept for
 * {@code --debug}, and the last site stays as it was. The fault comes from the build's listener, the one
 * part of a build a test can make fail on purpose without a broken seed.
 */
class BuildFaultTest {
    @TempDir
    Path dir;

    private static BuildListener failingAt(String stage) {
        return new BuildListener() {
            @Override
            public void stage(String name) {
                if (name.equals(stage)) throw new IllegalStateException("console went away\nsecond line");
            }
        };
    }

    @Test
    void aFaultInAStageIsOneLineAndTheSiteStays() throws IOException {
        Path seeds = Files.createDirectories(dir.resolve("seeds"));
        FixtureSite.copyTree(FixtureSite.FIXTURE_SEEDS, seeds);
        Path templates = dir.resolve("templates");
        FixtureSite.copyTree(FixtureSite.TEMPLATES, templates);
        BuildConfig config = new BuildConfig(seeds, templates, dir.resolve("site"));
        assertTrue(new DossierBuild(config, BuildListener.SILENT).run().succeeded());
        SortedMap<String, FixtureSite.FileState> before = FixtureSite.snapshot(config.out());

        for (String stage : new String[] {"analyse", "render"}) {
            BuildReport report = new DossierBuild(config, failingAt(stage)).run();
            assertFalse(report.succeeded());
            assertEquals(1, report.errors().size(), report.diagnostics()::toString);
            Diagnostic error = report.errors().get(0);
            Path named = stage.equals("render") ? templates : seeds;
            assertEquals(named + ": " + stage + ": internal error (IllegalStateException: console went away); run with --debug"
                    + " for the trace, and please report it with the seed", error.toString());
            assertTrue(report.fault().orElseThrow() instanceof IllegalStateException);
            assertEquals(before, FixtureSite.snapshot(config.out()), "the last site is left as it was");
            assertFalse(Files.exists(dir.resolve(".site.staging")), "no staging folder is left behind");
        }
    }
}
