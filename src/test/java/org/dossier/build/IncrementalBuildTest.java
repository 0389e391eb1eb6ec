package org.dossier.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.dossier.publish.PublishReport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A build after one seed changed rewrites only the files whose bytes change, with or without memory. */
class IncrementalBuildTest {
    private static final FileTime LONG_AGO = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
    private static final String A = "000_612085df6fbf3f80";
    private static final String PAGE_A = "articles/" + A + ".html";
    private static final String PAGE_B = "articles/003_70f3edb694600a6b.html";

    @TempDir
    Path dir;
    private BuildConfig config;
    private Path seedA;

    @BeforeEach
    void copy() throws IOException {
        config = TestFolders.copyOfRepository(dir);
        seedA = config.seeds().resolve(A + ".txt");
    }

    private BuildReport build(BuildMemory memory) {
        BuildReport report = new DossierBuild(config, BuildListener.SILENT, memory).run();
        assertTrue(report.succeeded(), () -> report.diagnostics().toString());
        return report;
    }

    /** Sets every file of the site to an old time, so that a rewrite shows as a newer one. */
    private void ageSite() throws IOException {
        try (Stream<Path> files = Files.walk(config.out())) {
            for (Path file : files.filter(Files::isRegularFile).toList()) Files.setLastModifiedTime(file, LONG_AGO);
        }
    }

    private Set<String> rewritten() throws IOException {
        Map<String, FileTime> times = new TreeMap<>();
        try (Stream<Path> files = Files.walk(config.out())) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                times.put(config.out().relativize(file).toString().replace('\\', '/'), Files.getLastModifiedTime(file));
            }
        }
        times.values().removeIf(LONG_AGO::equals);
        return times.keySet();
    }

    private void appendParagraph(String text) throws IOException {
        Files.writeString(seedA, Files.readString(seedA) + "\n" + text + "\n");
    }

    /** The site paths whose content differs between two readings of the site, added and removed ones included. */
    private static Set<String> differing(Map<String, String> before, Map<String, String> after) {
        Set<String> paths = new java.util.TreeSet<>(before.keySet());
        paths.addAll(after.keySet());
        paths.removeIf(path -> java.util.Objects.equals(before.get(path), after.get(path)));
        return paths;
    }

    @Test
    void plainBuildAfterOneSeedChangedRewritesOnlyTheFilesThatChange() throws IOException {
        build(BuildMemory.none());
        ageSite();
        Map<String, String> before = read(config.out());
        appendParagraph("Een alinea die er later bij kwam.");

        PublishReport published = build(BuildMemory.none()).published().orElseThrow();

        Set<String> changed = differing(before, read(config.out()));
        assertEquals(changed, rewritten(), "files with new bytes, and only those, have a new time");
        assertEquals(changed.size(), published.written());
        assertTrue(changed.containsAll(Set.of(PAGE_A, "data/dossier.json")));
        assertFalse(changed.contains(PAGE_B));
        assertTrue(Files.readString(config.out().resolve(PAGE_A)).contains("Een alinea die er later bij kwam."));
    }

    @Test
    void rebuildWithMemoryWritesOnlyTheChangedFilesInPlace() throws IOException {
        BuildMemory memory = BuildMemory.remembering();
        build(memory);
        assertTrue(memory.changedByLastBuild().contains(PAGE_B), "the first build changes every file");
        ageSite();
        Map<String, String> before = read(config.out());
        Object folder = Files.readAttributes(config.out(), java.nio.file.attribute.BasicFileAttributes.class).fileKey();
        appendParagraph("Een alinea die er later bij kwam.");

        PublishReport published = build(memory).published().orElseThrow();

        Set<String> changed = differing(before, read(config.out()));
        assertEquals(changed, rewritten(), "files with new bytes, and only those, were written");
        assertEquals(changed, memory.changedByLastBuild());
        assertEquals(changed.size(), published.written());
        assertTrue(changed.containsAll(Set.of(PAGE_A, "data/dossier.json")));
        assertFalse(changed.contains(PAGE_B));
        assertEquals(folder, Files.readAttributes(config.out(), java.nio.file.attribute.BasicFileAttributes.class).fileKey(),
                "the folder was updated in place, not replaced");
        assertTrue(Files.readString(config.out().resolve(PAGE_A)).contains("Een alinea die er later bij kwam."));
    }

    @Test
    void rebuildWithMemoryGivesTheSameSiteAsAFreshBuild() throws IOException {
        BuildMemory memory = BuildMemory.remembering();
        build(memory);
        appendParagraph("Nog een alinea.");
        Files.delete(config.seeds().resolve("003_70f3edb694600a6b.txt"));
        Files.writeString(config.seeds().resolve("nieuw.md"), "---\ntitle: Nieuw artikel\ndate: 2022-01-20\n---\n\nEen korte tekst.\n");
        build(memory);
        Map<String, String> incremental = read(config.out());

        BuildConfig fresh = new BuildConfig(config.seeds(), config.templates(), dir.resolve("fresh"));
        assertTrue(new DossierBuild(fresh, BuildListener.SILENT).run().succeeded());

        assertEquals(read(fresh.out()), incremental);
        assertTrue(memory.changedByLastBuild().contains(PAGE_B), "a removed page counts as changed");
        assertFalse(Files.exists(config.out().resolve(PAGE_B)));
    }

    /**
     * The analyses keep readings, evidence and results between rebuilds; after each kind of edit that can
     * change what they keep (a new name, a name written in lower case, a date, copied text, the editor's
     * file, and undoing it all) the site must be the one a fresh build makes.
     */
    @Test
    void rebuildsWithAnalysisMemoryMatchAFreshBuildAfterEveryKindOfEdit() throws IOException {
        Path seeds = FixtureSite.seeds(dir.resolve("all"));
        // The three reports that disagree, so that an edit changes what the structure analysis finds.
        FixtureSite.copyTree(StructurePagesTest.FIXTURES, seeds.resolve("structure"));
        Path disagreeing = seeds.resolve("structure").resolve("dagblad.md");
        String originalDisagreeing = Files.readString(disagreeing);
        BuildConfig remembered = new BuildConfig(seeds, config.templates(), dir.resolve("all-site"));
        Path textFixture = seeds.resolve(FixtureSite.TEXT_FIXTURE + ".txt");
        Path catalog = seeds.resolve(DossierBuild.ENTITY_CATALOG);
        String originalSeed = Files.readString(seeds.resolve(A + ".txt"));
        String originalFixture = Files.readString(textFixture);
        String originalCatalog = Files.readString(catalog);
        String copied = Files.readString(seeds.resolve(FixtureSite.SECOND_SEED + ".txt")).lines()
                .filter(line -> line.split(" ").length > 25).findFirst().orElseThrow();
        Path markdownFixture = seeds.resolve(FixtureSite.MARKDOWN_FIXTURE + ".md");
        String originalMarkdown = Files.readString(markdownFixture);
        List<Edit> edits = List.of(
                // Alone, a bare capitalised name is too weak for an entity...
                new Edit(seeds.resolve(A + ".txt"), originalSeed + "\nVolgens Grzybowski is het te laat.\n"),
                // ...until another article names him with a role: the first article's unchanged text must be read again.
                new Edit(markdownFixture, originalMarkdown + "\nDat verklaarde minister Grzybowski.\n"),
                new Edit(textFixture, originalFixture + "\nThe kremlin and the navo met on 14 February 2022, said Vladmir Poetin.\n"),
                new Edit(textFixture, originalFixture + "\n" + copied + "\n"),
                new Edit(catalog, originalCatalog + "  - name: Grzybowski\n    type: organization\n"),
                // A number and a speaker changed: other discrepancies, another quote group, another network.
                new Edit(disagreeing, originalDisagreeing.replace("50 minuten", "45 minuten").replace("zei Biden", "zei Zelenski")),
                new Edit(disagreeing, originalDisagreeing),
                new Edit(markdownFixture, originalMarkdown),
                new Edit(seeds.resolve(A + ".txt"), originalSeed),
                new Edit(textFixture, originalFixture),
                new Edit(catalog, originalCatalog));
        BuildMemory memory = BuildMemory.remembering();
        assertTrue(new DossierBuild(remembered, BuildListener.SILENT, memory).run().succeeded());
        for (int i = 0; i < edits.size(); i++) {
            Files.writeString(edits.get(i).file(), edits.get(i).content());
            memory.forgetSeed(edits.get(i).file());
            BuildReport report = new DossierBuild(remembered, BuildListener.SILENT, memory).run();
            assertTrue(report.succeeded(), () -> report.diagnostics().toString());
            Path fresh = dir.resolve("fresh-" + i);
            FixtureSite.build(seeds, fresh);
            assertEquals(read(fresh), read(remembered.out()), "after edit " + i + " of " + edits.get(i).file().getFileName());
        }
    }

    private record Edit(Path file, String content) {}

    @Test
    void failedRebuildLeavesTheSiteAsItWasAndTheNextGoodOneUpdatesIt() throws IOException {
        BuildMemory memory = BuildMemory.remembering();
        build(memory);
        Map<String, String> before = read(config.out());
        byte[] good = Files.readAllBytes(seedA);
        Files.write(seedA, new byte[] {'t', 'i', 't', 'l', 'e', ' ', (byte) 0xC3, '(', '\n'});

        BuildReport failed = new DossierBuild(config, BuildListener.SILENT, memory).run();

        assertFalse(failed.succeeded());
        assertTrue(failed.errors().get(0).toString().startsWith(seedA + ":1:"), failed.errors().toString());
        assertEquals(before, read(config.out()));

        Files.write(seedA, good);
        appendParagraph("Hersteld.");
        build(memory);
        assertTrue(Files.readString(config.out().resolve(PAGE_A)).contains("Hersteld."));
    }

    @Test
    void rendersEveryPageAgainWhenTemplatesAreForgotten() throws IOException {
        BuildMemory memory = BuildMemory.remembering();
        build(memory);
        Path base = config.templates().resolve("base.peb");
        Files.writeString(base, Files.readString(base).replace("{{ t(\"footer.madeWith\") }}", "{{ t(\"footer.madeWith\") }} (preview)"));

        memory.forgetTemplates();
        build(memory);

        assertTrue(Files.readString(config.out().resolve(PAGE_B)).contains("Dossier (preview)"));
        assertTrue(memory.changedByLastBuild().containsAll(Set.of("index.html", PAGE_A, PAGE_B)));
    }

    @Test
    void stagesTheWholeSiteAgainWhenAnotherBuildReplacedTheFolder() throws IOException {
        BuildMemory memory = BuildMemory.remembering();
        build(memory);
        build(BuildMemory.none()); // a plain build from another terminal swaps the folder
        Files.delete(config.out().resolve(PAGE_B)); // and the site was tampered with

        build(memory);

        assertTrue(Files.exists(config.out().resolve(PAGE_B)), "the snapshot no longer vouched for the folder");
    }

    private static Map<String, String> read(Path site) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(site)) {
            for (Path file : all.filter(Files::isRegularFile).toList()) {
                files.put(site.relativize(file).toString().replace('\\', '/'), Files.readString(file));
            }
        }
        return files;
    }
}
