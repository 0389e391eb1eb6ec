package org.dossier.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dossier.model.Dossier;
import org.dossier.render.DossierJson;
import org.dossier.render.SiteLinks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The data export a rebuild publishes, made of the last build's pieces where items did not change, is the
 * one a fresh build writes, byte for byte, after edits that replace items in their places, shift them (a seed
 * added or taken out) and keep a file's length (a word replaced by one as long).
 */
class RebuiltDossierJsonTest {
    @TempDir
    Path dir;

    private record Edit(String what, Path file, String content) {}

    @Test
    void thePublishedExportIsAFreshBuildsAfterEveryEdit() throws IOException {
        Path seeds = FixtureSite.seeds(dir.resolve("all"));
        Path first = seeds.resolve(FixtureSite.FIRST_SEED + ".txt");
        Path second = seeds.resolve(FixtureSite.SECOND_SEED + ".txt");
        Path copy = seeds.resolve("aa-kopie.txt");
        String firstText = Files.readString(first);
        String secondText = Files.readString(second);
        assertTrue(firstText.contains("Biden") && firstText.contains("tevreden"));
        List<Edit> edits = List.of(
                // Few items change, and by few bytes.
                new Edit("a word in a quote replaced by one as long", first, firstText.replace("tevreden", "gelukkig")),
                new Edit("a paragraph added", first, firstText + "\nEen redacteur voegde deze zin toe.\n"),
                new Edit("a name replaced by one as long", first, firstText.replace("Biden", "BIDEN") + "\nEen redacteur voegde deze zin toe.\n"),
                new Edit("a seed added before the others", copy, secondText),
                new Edit("a seed taken out", second, null),
                new Edit("the seed put back", second, secondText),
                new Edit("the copy taken out", copy, null),
                new Edit("the first seed as it was", first, firstText));
        BuildConfig remembered = new BuildConfig(seeds, FixtureSite.TEMPLATES, dir.resolve("site"));
        BuildMemory memory = BuildMemory.remembering();
        assertTrue(new DossierBuild(remembered, BuildListener.SILENT, memory).run().succeeded());
        for (int i = 0; i < edits.size(); i++) {
            Edit edit = edits.get(i);
            if (edit.content() == null) {
                Files.delete(edit.file());
            } else {
                Files.writeString(edit.file(), edit.content());
            }
            memory.forgetSeed(edit.file());
            BuildReport report = new DossierBuild(remembered, BuildListener.SILENT, memory).run();
            assertTrue(report.succeeded(), () -> report.diagnostics().toString());
            Dossier fresh = FixtureSite.build(seeds, dir.resolve("fresh-" + i)).dossier().orElseThrow();
            assertArrayEquals(DossierJson.write(fresh), Files.readAllBytes(remembered.out().resolve(SiteLinks.DOSSIER_JSON)),
                    "after edit " + i + ": " + edit.what());
        }
    }
}
