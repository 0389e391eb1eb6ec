package org.dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.dossier.build.FixtureSite;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What `build` does to the site, and says about it, when publishing meets an unlucky state: a build that
 * was killed during its swap, an old site that cannot be deleted, an output path that is a symbolic link.
 */
class PublishFaultsTest {
    @TempDir
    Path dir;
    Path seeds;
    Path templates;
    Path site;

    @BeforeEach
    void copyInputs() {
        seeds = dir.resolve("seeds");
        templates = dir.resolve("templates");
        site = dir.resolve("site");
        FixtureSite.copyTree(FixtureSite.SEEDS, seeds);
        FixtureSite.copyTree(FixtureSite.TEMPLATES, templates);
    }

    private CliRun build(Path out) {
        return CliRun.of("build", "--seeds", seeds.toString(), "--templates", templates.toString(), "--out", out.toString());
    }

    private static String title(Path page) throws IOException {
        return Jsoup.parse(page.toFile(), "UTF-8").title();
    }

    @Test
    void aFailedBuildAfterOneKilledBetweenTheRenamesKeepsTheLastGoodSite() throws Exception {
        CliRun good = build(site);
        assertEquals(0, good.code(), good::toString);
        String homeTitle = title(site.resolve("index.html"));
        // As a build killed between its two renames leaves it: the last good site moved aside, the new one staged.
        Files.move(site, dir.resolve(".site.previous"));
        FixtureSite.copyTree(dir.resolve(".site.previous"), dir.resolve(".site.staging"));
        Files.write(seeds.resolve("broken.txt"), new byte[] {'t', 'i', 't', 'e', 'l', '\n', (byte) 0xC0, (byte) 0xAF, '\n'});

        CliRun failed = build(site);

        assertEquals(1, failed.code(), failed::toString);
        assertTrue(failed.err().contains("the last good site was put back"), failed::toString);
        assertTrue(failed.err().contains(site + " was left as it was."), failed::toString);
        assertEquals(homeTitle, title(site.resolve("index.html")), "the last good site is there");
        assertTrue(Files.isRegularFile(site.resolve("data/dossier.json")));
        assertFalse(Files.exists(dir.resolve(".site.previous")));
        assertFalse(Files.exists(dir.resolve(".site.staging")));
    }

    /**
     * An old site that cannot be deleted, made for real: tests run as root, where permission bits stop
     * nothing, so a file of the old site is made immutable ({@code chattr +i}); skipped where the file
     * system does not allow that.
     */
    @Test
    void publishesAndSaysWhereTheOldSiteIsWhenItCannotBeDeletedThenBuildsAgain() throws Exception {
        CliRun good = build(site);
        assertEquals(0, good.code(), good::toString);
        Path pinned = site.resolve("data/dossier.json");
        assumeTrue(chattr("+i", pinned), "chattr +i does not work here");
        try {
            Path seed = seeds.resolve("000_612085df6fbf3f80.txt");
            Files.writeString(seed, Files.readString(seed) + "\nEen alinea die er eerst niet stond.\n");

            CliRun second = build(site);

            assertEquals(0, second.code(), second::toString);
            assertTrue(second.out().contains("Built "), second::toString);
            Path stale = dir.resolve(".site.stale-1");
            assertTrue(second.err().contains("warning: the old site could not be deleted"), second::toString);
            assertTrue(second.err().contains(stale.toString()), second::toString);
            assertFalse(second.err().contains("left as it was"), second::toString);
            assertTrue(Files.readString(site.resolve("articles/000_612085df6fbf3f80.html"), StandardCharsets.UTF_8)
                    .contains("Een alinea die er eerst niet stond."), "the new site is the one published");
            assertTrue(Files.exists(stale.resolve("data/dossier.json")), "the old site is where the warning says");

            CliRun third = build(site);
            assertEquals(0, third.code(), third::toString);
            assertFalse(third.err().contains("warning"), "the old site is out of the way: " + third);
        } finally {
            chattr("-i", dir.resolve(".site.stale-1/data/dossier.json"));
            chattr("-i", pinned);
        }
    }

    @Test
    void publishesIntoTheSiteThatAnOutputLinkPointsTo() throws Exception {
        Path real = dir.resolve("published/real-site");
        CliRun first = build(real);
        assertEquals(0, first.code(), first::toString);
        Path link = Files.createSymbolicLink(dir.resolve("site-link"), real);
        Path seed = seeds.resolve("000_612085df6fbf3f80.txt");
        Files.writeString(seed, Files.readString(seed) + "\nEen alinea via de link.\n");

        CliRun second = build(link);

        assertEquals(0, second.code(), second::toString);
        assertTrue(Files.isSymbolicLink(link), "the link is still a link");
        assertTrue(Files.readString(real.resolve("articles/000_612085df6fbf3f80.html")).contains("Een alinea via de link."),
                "the folder the link points to was updated");
    }

    private static boolean chattr(String flag, Path file) throws InterruptedException {
        if (!Files.exists(file)) return false;
        try {
            Process p = new ProcessBuilder(List.of("chattr", flag, file.toString())).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        }
    }
}
