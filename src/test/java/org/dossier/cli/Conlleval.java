package org.dossier.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Scores IOB tags as CoNLL's conlleval does: a name counts only when its span and type are exactly
 * right. Precision, recall and F1 per type and over all names.
 */
final class Conlleval {
    record Chunk(int sentence, int start, int end, String type) {}

    record Score(int gold, int predicted, int correct) {
        double precision() { return predicted == 0 ? 0 : (double) correct / predicted; }
        double recall() { return gold == 0 ? 0 : (double) correct / gold; }
        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        @Override
        public String toString() {
            return String.format("P %.3f R %.3f F1 %.3f (gold %d, found %d, correct %d)", precision(), recall(), f1(), gold, predicted, correct);
        }
    }

    /** Scores per type, and under "ALL" over every type. */
    static Map<String, Score> score(List<List<String>> gold, List<List<String>> predicted) {
        if (gold.size() != predicted.size()) throw new IllegalArgumentException("sentence counts differ: " + gold.size() + " vs " + predicted.size());
        Set<Chunk> goldChunks = chunks(gold);
        Set<Chunk> predictedChunks = chunks(predicted);
        Set<String> types = new TreeSet<>();
        goldChunks.forEach(c -> types.add(c.type()));
        predictedChunks.forEach(c -> types.add(c.type()));
        Map<String, Score> scores = new TreeMap<>();
        for (String type : types) scores.put(type, score(goldChunks, predictedChunks, type));
        scores.put("ALL", score(goldChunks, predictedChunks, null));
        return scores;
    }

    private static Score score(Set<Chunk> gold, Set<Chunk> predicted, String type) {
        int g = 0, p = 0, c = 0;
        for (Chunk chunk : gold) if (type == null || chunk.type().equals(type)) g++;
        for (Chunk chunk : predicted) {
            if (type != null && !chunk.type().equals(type)) continue;
            p++;
            if (gold.contains(chunk)) c++;
        }
        return new Score(g, p, c);
    }

    /** Chunks as conlleval reads them: B-X starts one, and so does I-X after anything but X. */
    static Set<Chunk> chunks(List<List<String>> tags) {
        Set<Chunk> result = new TreeSet<>((a, b) -> {
            int d = Integer.compare(a.sentence(), b.sentence());
            if (d == 0) d = Integer.compare(a.start(), b.start());
            if (d == 0) d = Integer.compare(a.end(), b.end());
            return d != 0 ? d : a.type().compareTo(b.type());
        });
        for (int s = 0; s < tags.size(); s++) {
            List<String> sentence = tags.get(s);
            String type = null;
            int start = 0;
            for (int i = 0; i <= sentence.size(); i++) {
                String tag = i < sentence.size() ? sentence.get(i) : "O";
                String tagType = tag.length() > 2 ? tag.substring(2) : null;
                boolean continues = tag.startsWith("I-") && tagType.equals(type);
                if (type != null && !continues) {
                    result.add(new Chunk(s, start, i, type));
                    type = null;
                }
                if (tagType != null && !continues) {
                    type = tagType;
                    start = i;
                }
            }
        }
        return result;
    }

    /** The last column of every token line of a CoNLL file's lines, grouped by sentence. */
    static List<List<String>> lastColumn(List<String> lines) {
        List<List<String>> sentences = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String line : lines) {
            String[] fields = line.strip().split("\\s+");
            if (line.isBlank() || fields[0].equals("-DOCSTART-")) {
                if (!current.isEmpty()) sentences.add(List.copyOf(current));
                current.clear();
                continue;
            }
            current.add(fields[fields.length - 1]);
        }
        if (!current.isEmpty()) sentences.add(List.copyOf(current));
        return sentences;
    }
}
