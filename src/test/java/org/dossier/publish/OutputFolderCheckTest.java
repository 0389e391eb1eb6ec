package org.dossier.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFolderCheckTest {
    @TempDir
    Path dir;

    private Optional<String> problem(Path out) throws Exception {
        return OutputFolderCheck.problem(out, List.of(dir.resolve("seeds"), dir.resolve("templates")));
    }

    @Test
    void acceptsANewFolderAnEmptyOneAndAPreviousSite() throws Exception {
        assertEquals(Optional.empty(), problem(dir.resolve("new")));
        assertEquals(Optional.empty(), problem(Files.createDirectories(dir.resolve("empty"))));
        Path site = Files.createDirectories(dir.resolve("site/data"));
        Files.writeString(site.resolve("dossier.json"), "{}");
        Files.writeString(dir.resolve("site/index.html"), "<!DOCTYPE html>");
        assertEquals(Optional.empty(), problem(dir.resolve("site")));
    }

    @Test
    void refusesAFolderWithOtherFilesInIt() throws Exception {
        Path docs = Files.createDirectories(dir.resolve("docs"));
        Files.writeString(docs.resolve("thesis.docx"), "years of work");
        assertTrue(problem(docs).orElseThrow().contains("is not a Dossier site"));
    }

    @Test
    void refusesAFile() throws Exception {
        Path file = Files.writeString(dir.resolve("site.html"), "x");
        assertTrue(problem(file).orElseThrow().contains("is a file"));
    }

    @Test
    void refusesAFolderThatHoldsOrLiesInsideTheInputs() throws Exception {
        assertTrue(problem(dir).orElseThrow().contains("overlaps the input folder"));
        assertTrue(problem(dir.resolve("seeds")).orElseThrow().contains("overlaps"));
        assertTrue(problem(dir.resolve("templates/site")).orElseThrow().contains("overlaps"));
    }

    @Test
    void refusesTheFileSystemRoot() throws Exception {
        assertTrue(problem(dir.getRoot()).orElseThrow().contains("root"));
    }

    @Test
    void judgesASymbolicLinkByTheFolderItPointsTo() throws Exception {
        Path seeds = Files.createDirectories(dir.resolve("seeds"));
        Files.writeString(seeds.resolve("a.txt"), "text");
        assertTrue(problem(Files.createSymbolicLink(dir.resolve("into-seeds"), seeds)).orElseThrow().contains("overlaps"));

        Path docs = Files.createDirectories(dir.resolve("docs"));
        Files.writeString(docs.resolve("thesis.docx"), "years of work");
        assertTrue(problem(Files.createSymbolicLink(dir.resolve("into-docs"), docs)).orElseThrow().contains("is not a Dossier site"));
    }
}
