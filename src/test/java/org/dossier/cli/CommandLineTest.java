package org.dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import org.dossier.build.FixtureSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line of {@code contracts/cli.md}: exit codes, help, and the guard on the output folder. */
class CommandLineTest {
    @TempDir
    Path dir;

    private Path seeds() {
        Path seeds = dir.resolve("seeds");
        if (!Files.exists(seeds)) FixtureSite.copyTree(FixtureSite.SEEDS, seeds);
        return seeds;
    }

    private CliRun build(Path out) {
        return CliRun.of("build", "--seeds", seeds().toString(), "--templates", FixtureSite.TEMPLATES.toString(),
                "--out", out.toString());
    }

    @Test
    void buildsAndSaysWhatItWrote() {
        CliRun run = build(dir.resolve("site"));
        assertEquals(0, run.code(), run::toString);
        assertTrue(run.out().contains("Built 2 articles"), run::toString);
        assertEquals("", run.err());
        assertTrue(Files.isRegularFile(dir.resolve("site/index.html")));
    }

    @Test
    void rebuildingUnchangedInputRewritesNothing() {
        Path site = dir.resolve("site");
        assertEquals(0, build(site).code());
        SortedMap<String, FixtureSite.FileState> first = FixtureSite.snapshot(site);
        CliRun again = build(site);
        assertEquals(0, again.code(), again::toString);
        assertTrue(again.out().contains("0 files written, " + first.size() + " unchanged, 0 removed"), again::toString);
        assertEquals(first, FixtureSite.snapshot(site), "same bytes, same modification times");
    }

    @Test
    void topLevelHelpExitsZeroAndListsTheCommands() {
        for (String help : List.of("--help", "-h", "help")) {
            CliRun run = CliRun.of(help);
            assertEquals(0, run.code(), run::toString);
            assertTrue(run.out().contains("build"), run::toString);
            assertEquals("", run.err());
        }
    }

    @Test
    void buildHelpExitsZeroListsTheOptionsAndBuildsNothing() {
        Path out = dir.resolve("site");
        CliRun run = CliRun.of("build", "--help", "--out", out.toString());
        assertEquals(0, run.code(), run::toString);
        for (String option : List.of("--seeds", "--templates", "--out")) assertTrue(run.out().contains(option), option);
        assertFalse(Files.exists(out));
    }

    @Test
    void wrongUsageExitsTwoWithTheUsageOnStderr() {
        List<List<String>> wrong = List.of(
                List.of("frobnicate"),
                List.of("build", "--bogus", "x"),
                List.of("build", "--out"),
                List.of("build", "--out", "--seeds", "seeds"),
                List.of("build", "stray"),
                List.of("build", "--out", "a", "--out", "b"),
                List.of("build", "--out="));
        for (List<String> args : wrong) {
            CliRun run = CliRun.of(args.toArray(String[]::new));
            assertEquals(2, run.code(), () -> args + "\n" + run);
            assertTrue(run.err().contains("Usage:"), () -> args + "\n" + run);
        }
    }

    @Test
    void refusesToReplaceAFolderThatIsNotADossierSite() throws IOException {
        Path out = dir.resolve("documents");
        Files.createDirectories(out);
        Path note = Files.writeString(out.resolve("notes.txt"), "my notes", StandardCharsets.UTF_8);
        CliRun run = build(out);
        assertEquals(1, run.code(), run::toString);
        assertTrue(run.err().startsWith(out + ": is not empty and is not a Dossier site"), run::toString);
        assertEquals(List.of("notes.txt"), FixtureSite.files(out));
        assertEquals("my notes", Files.readString(note, StandardCharsets.UTF_8));
    }

    @Test
    void refusesAnOutputFolderThatHoldsTheSeeds() {
        CliRun run = build(dir);
        assertEquals(1, run.code(), run::toString);
        assertTrue(run.err().contains("overlaps the input folder"), run::toString);
        assertEquals(FixtureSite.files(FixtureSite.SEEDS), FixtureSite.files(seeds()));
    }

    @Test
    void writesIntoAnEmptyFolderOrANewOne() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        assertEquals(0, build(empty).code());
        assertEquals(0, build(dir.resolve("new/deeper/site")).code());
        assertTrue(Files.isRegularFile(dir.resolve("new/deeper/site/data/dossier.json")));
    }

    @Test
    void warnsAboutFilesThatAreNotSeedsAndBuildsTheRest() throws IOException {
        Path notes = Files.writeString(seeds().resolve("notities.docx"), "x");
        Files.writeString(seeds().resolve(".verborgen.txt"), "hidden files are not seeds");
        CliRun run = build(dir.resolve("site"));
        assertEquals(0, run.code(), run::toString);
        assertTrue(run.err().startsWith(notes + ": warning: is not a seed and is ignored"), run::toString);
        assertEquals(1, run.err().lines().count(), run::toString);
        assertTrue(run.out().contains("Built 2 articles"), run::toString);
    }

    @Test
    void anEmptySeedsFolderGivesAnEmptyDossierAndAWarning() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("no-seeds"));
        Path out = dir.resolve("site");
        CliRun run = CliRun.of("build", "--seeds", empty.toString(), "--templates", FixtureSite.TEMPLATES.toString(),
                "--out", out.toString());
        assertEquals(0, run.code(), run::toString);
        assertTrue(run.err().contains("warning: holds no seeds"), run::toString);
        assertTrue(FixtureSite.parse(out.resolve("index.html")).text().contains("There are no articles yet"));
        assertEquals(0, FixtureSite.dossierJson(out).get("articles").size());
    }
}
