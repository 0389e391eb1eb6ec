package org.dossier.benchmark;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.dossier.analyze.time.TimeExpression;
import org.dossier.analyze.time.TimeExpressions;
import org.dossier.model.PartialDate;

/**
 * Prints the temporal expressions found in real Dutch news, for checking by eye: the sentences of
 * CoNLL-2002 ({@code ../shared/data/conll2002/ned.train}, De Morgen, 2000; research only, read in place,
 * nothing kept), resolved against a reference date given on the command line (the corpus has no
 * article dates), every N-th expression with its context, and a count per form.
 *
 * <pre>mvn -B -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.dossier.benchmark.TimeAudit
 *     -Dexec.args="[reference, default 2000-06-15] [every, default 10]"</pre>
 */
public final class TimeAudit {
    private TimeAudit() {}

    public static void main(String[] args) throws Exception {
        Optional<PartialDate> reference = PartialDate.parseIso(args.length > 0 ? args[0] : "2000-06-15");
        int every = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        List<String> lines = Files.readAllLines(Path.of("..", "shared", "data", "conll2002", "ned.train"), StandardCharsets.ISO_8859_1);
        List<String> sentences = new ArrayList<>();
        StringBuilder sentence = new StringBuilder();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("-DOCSTART-")) {
                if (sentence.length() > 0) sentences.add(sentence.toString().strip());
                sentence.setLength(0);
            } else {
                sentence.append(line.split(" ")[0]).append(' ');
            }
        }
        if (sentence.length() > 0) sentences.add(sentence.toString().strip());
        Map<String, Integer> byForm = new TreeMap<>();
        long n = 0;
        for (String s : sentences) {
            for (TimeExpression e : TimeExpressions.find(s, reference)) {
                byForm.merge(e.form().getClass().getSimpleName(), 1, Integer::sum);
                if (n++ % every != 0) continue;
                System.out.printf("[%s] %s%s %s%s | %s%n", e.text(), e.date().map(PartialDate::iso).orElse("?"),
                        e.end().map(d -> ".." + d.iso()).orElse(""), e.tense(), e.planned() ? " planned" : "",
                        s.substring(Math.max(0, e.at().start() - 70), Math.min(s.length(), e.at().end() + 70)));
            }
        }
        System.out.printf("%,d expressions in %,d sentences: %s%n", n, sentences.size(), byForm);
    }
}
