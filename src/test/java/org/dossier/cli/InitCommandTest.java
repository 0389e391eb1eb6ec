package org.dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code init DIR}: a dossier folder that builds at once, and never over a user's files. */
class InitCommandTest {
    @TempDir
    Path dir;

    @Test
    void makesADossierThatBuildsAtOnceWithTheBuiltInTemplates() throws IOException {
        Path dossier = dir.resolve("story");
        CliRun init = CliRun.of("init", dossier.toString());
        assertEquals(0, init.code(), init::toString);
        assertTrue(Files.isRegularFile(dossier.resolve("seeds/dossier.yml")));

        // A templates folder that does not exist, and is not the default one, is a typo; the built-in
        // set is what a user of a new folder gets by leaving --templates out (tested with the jar, JarRunIT).
        // Here the user's folder holds nothing, so every template and asset comes from the built-in set.
        Path emptyTemplates = Files.createDirectory(dir.resolve("templates"));
        CliRun build = CliRun.of("build", "--seeds", dossier.resolve("seeds").toString(),
                "--templates", emptyTemplates.toString(), "--out", dossier.resolve("site").toString());
        assertEquals(0, build.code(), build::toString);
        Document home = Jsoup.parse(dossier.resolve("site/index.html").toFile(), "UTF-8");
        assertEquals("Harbour bridge closes for six months of repairs",
                home.selectFirst("ol.articles a[href$=harbour-bridge-closes.html]").text());
        assertTrue(Files.isRegularFile(dossier.resolve("site/assets/style.css")), "the built-in assets are copied");
        Document article = Jsoup.parse(dossier.resolve("site/articles/harbour-bridge-closes.html").toFile(), "UTF-8");
        assertTrue(article.text().contains("rust in two of its main supports"), article::text);
    }

    @Test
    void refusesAFolderThatIsNotEmptyAndTouchesNothing() throws IOException {
        Path mine = Files.writeString(dir.resolve("notes.txt"), "my own notes");
        CliRun run = CliRun.of("init", dir.toString());
        assertEquals(ExitCode.INVALID_INPUT, run.code(), run::toString);
        assertTrue(run.err().startsWith(dir + ": is not empty; give init a new or empty folder"), run::toString);
        assertEquals("my own notes", Files.readString(mine));
        assertTrue(Files.notExists(dir.resolve("seeds")));
    }

    @Test
    void acceptsAnEmptyFolderAndNeedsExactlyOneFolder() {
        assertEquals(0, CliRun.of("init", dir.toString()).code());
        assertTrue(Files.isRegularFile(dir.resolve("seeds/harbour-bridge-closes.md")));
        assertEquals(ExitCode.USAGE, CliRun.of("init").code());
        assertEquals(ExitCode.USAGE, CliRun.of("init", "a", "b").code());
        CliRun help = CliRun.of("init", "--help");
        assertEquals(0, help.code());
        assertTrue(help.out().startsWith("Usage: init DIR"), help::toString);
    }

    @Test
    void aTemplatesFolderThatWasNamedButIsMissingIsAnError() {
        CliRun init = CliRun.of("init", dir.resolve("story").toString());
        assertEquals(0, init.code(), init::toString);
        Path missing = dir.resolve("templatse");
        CliRun build = CliRun.of("build", "--seeds", dir.resolve("story/seeds").toString(),
                "--templates", missing.toString(), "--out", dir.resolve("site").toString());
        assertEquals(ExitCode.INVALID_INPUT, build.code(), build::toString);
        assertTrue(build.err().contains(missing + ": templates folder not found;"), build::toString);
        assertTrue(Files.notExists(dir.resolve("site")));
    }
}
