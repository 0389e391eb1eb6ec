package org.dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TagConllCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return TagConllCommand.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void printsUsageOnHelp() {
        assertEquals(0, run("--help"));
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("usage: tag-conll --in FILE --out FILE"));
    }

    @Test
    void rejectsWrongUsage() {
        assertEquals(2, run("--in", "x.conll"));
        assertEquals(2, run("--in", "x", "--out", "y", "--fast"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("usage:"));
    }

    @Test
    void failsOnAnUnreadableInput(@TempDir Path dir) {
        assertEquals(1, run("--in", dir.resolve("missing.conll").toString(), "--out", dir.resolve("out").toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("missing.conll: cannot read the input file"));
    }

    @Test
    void writesOneTagPerTokenInIob2(@TempDir Path dir) throws Exception {
        String conll = "De Art O\nBelgische Adj B-MISC\npremier N O\nGuy N B-PER\nVerhofstadt N I-PER\nbezocht V O\n"
                + "Brussel N B-LOC\n. Punc O\n\n-DOCSTART- -DOCSTART- O\nHij Pron O\nwoont V O\nin Prep O\nCaliforni\u0081EN B-LOC\n. Punc O\n";
        Path in = dir.resolve("in.conll");
        Files.write(in, conll.getBytes(StandardCharsets.ISO_8859_1));
        Path target = dir.resolve("out.conll");
        assertEquals(0, run("--in", in.toString(), "--out", target.toString()));
        String expected = "De O\nBelgische B-MISC\npremier O\nGuy B-PER\nVerhofstadt I-PER\nbezocht O\nBrussel B-LOC\n. O\n\n"
                + "Hij O\nwoont O\nin O\nCalifornië B-LOC\n. O\n";
        assertEquals(expected, Files.readString(target, StandardCharsets.UTF_8));
    }

    /**
     * CoNLL-2002 Dutch development data (research only, read from ../shared/data, never copied):
     * scored as conlleval scores it, exact span and type.
     */
    @Test
    void tagsDutchNewsWellEnoughOnCoNLL2002(@TempDir Path dir) throws Exception {
        Path testa = Path.of("..", "shared", "data", "conll2002", "ned.testa");
        assumeTrue(Files.exists(testa), "CoNLL-2002 data not present");
        Path target = dir.resolve("testa.tagged");
        assertEquals(0, run("--in", testa.toString(), "--out", target.toString()));
        List<List<String>> gold = Conlleval.lastColumn(Files.readAllLines(testa, StandardCharsets.ISO_8859_1));
        List<List<String>> tagged = Conlleval.lastColumn(Files.readAllLines(target, StandardCharsets.UTF_8));
        Map<String, Conlleval.Score> scores = Conlleval.score(gold, tagged);
        scores.forEach((type, score) -> System.out.println("CoNLL-2002 ned.testa " + type + " " + score));
        // Floors just under what the recogniser reaches now (ALL 0.779, PER 0.843, ORG 0.731, MISC 0.695): a guard
        // against losing ground, not the targets (0.80, 0.88, 0.75), which are not met yet.
        assertTrue(scores.get("PER").f1() >= 0.84, "PER " + scores.get("PER"));
        assertTrue(scores.get("ORG").f1() >= 0.725, "ORG " + scores.get("ORG"));
        assertTrue(scores.get("MISC").f1() >= 0.69, "MISC " + scores.get("MISC"));
        assertTrue(scores.get("ALL").f1() >= 0.775, "ALL " + scores.get("ALL"));
    }
}
