package org.dossier.analyze.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.dossier.model.PartialDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rules on sentences that were not used to write them: news-style Dutch and English of our own
 * (src/test/resources/time/news-sentences.tsv), each with the article's date it was "published" on.
 */
class NewsSentencesTest {
    static Stream<Arguments> sentences() throws IOException {
        List<Arguments> rows = new ArrayList<>();
        try (InputStream in = NewsSentencesTest.class.getResourceAsStream("/time/news-sentences.tsv")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (String line : text.split("\n")) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] cols = line.split("\t");
                rows.add(Arguments.of(cols[0], cols[1], cols[2].strip()));
            }
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @MethodSource("sentences")
    void resolvesNewsSentenceAsAReaderWould(String reference, String sentence, String expected) {
        Optional<PartialDate> ref = reference.equals("-") ? Optional.empty() : PartialDate.parseIso(reference);
        List<TimeExpression> found = TimeExpressions.find(sentence, ref);
        List<String> want = expected.equals("-") ? List.of() : Arrays.stream(expected.split(" ; ")).map(String::strip).toList();
        List<String> got = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            TimeExpression e = found.get(i);
            String wantedText = i < want.size() ? want.get(i).substring(0, want.get(i).indexOf('=')) : e.text();
            String text = e.text().contains(wantedText) ? wantedText : e.text();
            got.add(text + "=" + describe(e));
        }
        assertEquals(want, got);
    }

    static String describe(TimeExpression e) {
        if (!e.resolved()) return "?";
        return e.date().orElseThrow().iso() + e.end().map(d -> ".." + d.iso()).orElse("") + (e.planned() ? "+" : "");
    }
}
