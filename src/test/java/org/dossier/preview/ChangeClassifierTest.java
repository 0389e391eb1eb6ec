package org.dossier.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.dossier.build.BuildMemory;
import org.junit.jupiter.api.Test;

class ChangeClassifierTest {
    private final ChangeClassifier classifier = new ChangeClassifier(Path.of("seeds"), Path.of("templates"));

    private ChangeKind kind(String path) {
        return classifier.classify(Path.of(path));
    }

    @Test
    void seedsAreFilesWithASeedExtensionAnywhereUnderTheSeedsFolder() {
        assertEquals(ChangeKind.SEED, kind("seeds/000_612085df6fbf3f80.txt"));
        assertEquals(ChangeKind.SEED, kind("seeds/2022/januari/artikel.md"));
        assertEquals(ChangeKind.SEED, kind("seeds/artikel.markdown"));
        assertEquals(ChangeKind.SEED, kind("seeds/artikel.HTML"));
        assertEquals(ChangeKind.SEED, kind("seeds/artikel.htm"));
        assertEquals(ChangeKind.SEED, kind(Path.of("seeds/a.txt").toAbsolutePath().toString()), "absolute paths too");
    }

    @Test
    void theEntityListBesideTheSeedsIsNoSeed() {
        assertEquals(ChangeKind.ENTITIES, kind("seeds/entities.yml"));
        assertEquals(ChangeKind.ENTITIES, kind("seeds/entities.yaml"));
        assertEquals(ChangeKind.IGNORED, kind("seeds/2022/entities.yml"), "only the one at the top is read");
    }

    @Test
    void theDossiersSettingsAndTheSitesWordsAreInputsOfTheBuild() {
        assertEquals(ChangeKind.ENTITIES, kind("seeds/dossier.yml"), "settings: read again with the seeds");
        assertEquals(ChangeKind.TEMPLATE, kind("templates/messages/nl.properties"), "the site's words: every page again");
        assertEquals(ChangeKind.TEMPLATE, kind("templates/messages/en.properties"));
        assertEquals(ChangeKind.IGNORED, kind("templates/messages/notes.txt"));
        assertEquals(ChangeKind.IGNORED, kind("templates/nl.properties"), "only the messages folder holds words");
    }

    @Test
    void templatesArePebbleFilesAndAssetsAreEverythingUnderAssets() {
        assertEquals(ChangeKind.TEMPLATE, kind("templates/base.peb"));
        assertEquals(ChangeKind.TEMPLATE, kind("templates/partials/card.peb"));
        assertEquals(ChangeKind.ASSET, kind("templates/assets/style.css"));
        assertEquals(ChangeKind.ASSET, kind("templates/assets/fonts/serif.woff2"));
        assertEquals(ChangeKind.IGNORED, kind("templates/README.md"), "not a template: the renderer never loads it");
    }

    @Test
    void ignoresHiddenFilesAndEditorScratchFiles() {
        for (String path : List.of("seeds/.artikel.txt.swp", "seeds/artikel.txt~", "seeds/#artikel.txt#", "seeds/.#artikel.txt",
                "seeds/4913", "seeds/artikel.txt.tmp", "seeds/artikel.txt___jb_tmp___", "seeds/.git/index",
                "seeds/.hidden/artikel.txt", "templates/.base.peb.swp", "templates/base.peb~",
                "templates/assets/.DS_Store", "seeds/artikel.swp", "seeds/foto.jpg", "seeds/notes.docx")) {
            assertEquals(ChangeKind.IGNORED, kind(path), path);
        }
    }

    @Test
    void ignoresEverythingOutsideTheInputsAndTheFoldersThemselves() {
        assertEquals(ChangeKind.IGNORED, kind("site/index.html"));
        assertEquals(ChangeKind.IGNORED, kind("README.md"));
        assertEquals(ChangeKind.IGNORED, kind("seeds"));
        assertEquals(ChangeKind.IGNORED, kind("seedsextra/a.txt"), "a sibling whose name starts the same is outside");
        assertEquals(ChangeKind.IGNORED, kind("seeds/../site/a.txt"));
    }

    @Test
    void theInnerFolderWinsWhenTemplatesLieInsideTheSeeds() {
        ChangeClassifier nested = new ChangeClassifier(Path.of("dossier"), Path.of("dossier/templates"));
        assertEquals(ChangeKind.TEMPLATE, nested.classify(Path.of("dossier/templates/base.peb")));
        assertEquals(ChangeKind.SEED, nested.classify(Path.of("dossier/a.txt")));
    }

    @Test
    void aBurstNeedsARebuildOnlyWhenSomethingRelevantChanged() {
        ChangeSet scratch = ChangeSet.of(List.of(Path.of("seeds/a.txt.swp"), Path.of("seeds/4913")), false, classifier);
        assertFalse(scratch.needsRebuild());

        ChangeSet checkout = ChangeSet.of(List.of(Path.of("seeds/a.txt"), Path.of("seeds/b.md"), Path.of("seeds/a.txt~"),
                Path.of("templates/assets/style.css")), false, classifier);
        assertTrue(checkout.needsRebuild());
        assertEquals(Set.of(Path.of("seeds/a.txt").toAbsolutePath(), Path.of("seeds/b.md").toAbsolutePath()), checkout.seeds());
        assertTrue(checkout.assets());
        assertFalse(checkout.templates());
        assertEquals("seeds/a.txt and 2 more", checkout.describe(Path.of("").toAbsolutePath()));

        assertTrue(ChangeSet.of(List.of(), true, classifier).needsRebuild(), "lost events: anything may have changed");
    }

    @Test
    void aTemplateChangeMakesTheMemoryRenderEveryPageAgain() {
        ChangeSet changes = ChangeSet.of(List.of(Path.of("templates/base.peb")), false, classifier);
        assertTrue(changes.templates());
        changes.forgetIn(BuildMemory.remembering()); // must not throw on an empty memory
    }
}
