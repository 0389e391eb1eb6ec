package org.dossier.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Error analysis for the recogniser on a CoNLL-2002 file (research data: run it on ned.train, never
 * ship what it shows). Prints per-type scores and samples of missed and spurious names.
 * Arguments: the CoNLL file, optionally the number of samples to print.
 */
public final class ConllErrors {
    public static void main(String[] args) throws Exception {
        Path in = Path.of(args[0]);
        int samples = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        Path out = Files.createTempFile("tagged", ".conll");
        TagConllCommand.run(List.of("--in", in.toString(), "--out", out.toString()), System.out, System.err);
        List<String> inLines = Files.readAllLines(in, StandardCharsets.ISO_8859_1);
        List<String> outLines = Files.readAllLines(out, StandardCharsets.UTF_8);
        List<List<String>> gold = Conlleval.lastColumn(inLines);
        List<List<String>> predicted = Conlleval.lastColumn(outLines);
        List<List<String>> words = firstColumn(outLines);
        Map<String, Conlleval.Score> scores = Conlleval.score(gold, predicted);
        scores.forEach((type, score) -> System.out.println(type + " " + score));
        Set<Conlleval.Chunk> g = Conlleval.chunks(gold);
        Set<Conlleval.Chunk> p = Conlleval.chunks(predicted);
        Map<String, List<String>> errors = new TreeMap<>();
        for (Conlleval.Chunk c : g) {
            if (p.contains(c)) continue;
            Conlleval.Chunk predictedSame = p.stream().filter(x -> x.sentence() == c.sentence() && x.start() == c.start() && x.end() == c.end()).findFirst().orElse(null);
            String kind = predictedSame != null ? "wrongtype " + c.type() + "->" + predictedSame.type() : "missed " + c.type();
            errors.computeIfAbsent(kind, k -> new ArrayList<>()).add(context(words.get(c.sentence()), c));
        }
        for (Conlleval.Chunk c : p) {
            if (g.contains(c)) continue;
            boolean sameSpan = g.stream().anyMatch(x -> x.sentence() == c.sentence() && x.start() == c.start() && x.end() == c.end());
            if (sameSpan) continue;
            errors.computeIfAbsent("spurious " + c.type(), k -> new ArrayList<>()).add(context(words.get(c.sentence()), c));
        }
        errors.forEach((kind, list) -> {
            System.out.println("== " + kind + " (" + list.size() + ")");
            int step = Math.max(1, list.size() / samples);
            for (int i = 0; i < list.size(); i += step) System.out.println("   " + list.get(i));
        });
    }

    private static String context(List<String> words, Conlleval.Chunk c) {
        StringBuilder sb = new StringBuilder();
        for (int i = Math.max(0, c.start() - 4); i < Math.min(words.size(), c.end() + 3); i++) {
            if (i == c.start()) sb.append('[');
            sb.append(words.get(i));
            if (i == c.end() - 1) sb.append(']');
            sb.append(' ');
        }
        return sb.toString();
    }

    private static List<List<String>> firstColumn(List<String> lines) {
        List<List<String>> sentences = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank()) {
                if (!current.isEmpty()) sentences.add(List.copyOf(current));
                current.clear();
                continue;
            }
            current.add(line.split(" ")[0]);
        }
        if (!current.isEmpty()) sentences.add(List.copyOf(current));
        return sentences;
    }
}
