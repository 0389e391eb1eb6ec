package org.dossier.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dossier.analyze.entities.Gazetteers;
import org.dossier.analyze.entities.LanguageText;
import org.dossier.analyze.entities.NameSpan;
import org.dossier.analyze.entities.RuleBasedRecognizer;

/**
 * Error analysis by cue on a CoNLL-2002 file (research data, ned.train; nothing of it ships): for each
 * cue and predicted type, how often the exact span has which gold type. Argument: the CoNLL file.
 */
public final class ConllCues {
    public static void main(String[] args) throws Exception {
        List<String> lines = Files.readAllLines(Path.of(args[0]), StandardCharsets.ISO_8859_1);
        List<TagConllCommand.Document> docs = TagConllCommand.read(lines);
        List<List<String>> gold = Conlleval.lastColumn(lines);
        var goldChunks = Conlleval.chunks(gold);
        RuleBasedRecognizer recognizer = RuleBasedRecognizer.of(Gazetteers.loadDefault());
        Map<String, Map<String, Integer>> table = new TreeMap<>();
        Map<String, List<String>> examples = new TreeMap<>();
        int sentenceIndex = 0;
        for (TagConllCommand.Document doc : docs) {
            List<LanguageText> texts = new ArrayList<>();
            List<int[]> offsets = new ArrayList<>();
            for (List<String> s : doc.sentences()) {
                StringBuilder sb = new StringBuilder();
                int[] o = new int[s.size()];
                for (int i = 0; i < s.size(); i++) { if (i > 0) sb.append(' '); o[i] = sb.length(); sb.append(s.get(i)); }
                texts.add(new LanguageText(sb.toString(), "nl"));
                offsets.add(o);
            }
            List<List<NameSpan>> found = recognizer.recognizeAll(texts);
            for (int s = 0; s < found.size(); s++, sentenceIndex++) {
                for (NameSpan span : found.get(s)) {
                    int[] o = offsets.get(s);
                    int first = -1, last = -1;
                    for (int i = 0; i < o.length; i++) {
                        int end = o[i] + doc.sentences().get(s).get(i).length();
                        if (end <= span.start() || o[i] >= span.end()) continue;
                        if (first < 0) first = i;
                        last = i;
                    }
                    int fs = first, ls = last, si = sentenceIndex;
                    String goldType = goldChunks.stream().filter(c -> c.sentence() == si && c.start() == fs && c.end() == ls + 1)
                            .map(Conlleval.Chunk::type).findFirst().orElse("none");
                    String prevWord = fs > 0 ? doc.sentences().get(s).get(fs - 1).toLowerCase() : "^";
                    String key = span.cue() + " " + span.type() + (span.cue().isWeak() ? (fs == ls ? " single" : " multi") + (System.getProperty("prev") != null ? " prev=" + prevWord : "") : "");
                    table.computeIfAbsent(key, k -> new TreeMap<>()).merge(goldType, 1, Integer::sum);
                    String ex = key + " gold " + goldType;
                    List<String> list = examples.computeIfAbsent(ex, k -> new ArrayList<>());
                    if (list.size() < 12) list.add(span.text() + "  <" + texts.get(s).text().substring(Math.max(0, span.start() - 30), Math.min(texts.get(s).text().length(), span.end() + 30)) + ">");
                }
            }
        }
        table.forEach((k, v) -> System.out.println(k + " " + v));
        if (args.length > 1) examples.forEach((k, v) -> { if (k.matches(args[1])) { System.out.println("== " + k); v.forEach(e -> System.out.println("   " + e)); } });
    }
}
