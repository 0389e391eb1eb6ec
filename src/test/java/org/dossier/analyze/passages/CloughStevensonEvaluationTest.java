package org.dossier.analyze.passages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.dossier.model.Article;
import org.dossier.model.Passage;
import org.dossier.model.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Shared-passage detection measured on Clough and Stevenson's corpus of short answers written from five
 * Wikipedia sources ({@code ../shared/data/clough-stevenson-plagiarism}, read in place, never copied):
 * copy-paste ({@code cut}) and lightly edited ({@code light}) answers must share a passage with their
 * source, answers written independently ({@code non}) should not. All hundred texts go through one run,
 * as a dossier would, so each answer also meets the other answers and the other tasks' texts.
 */
class CloughStevensonEvaluationTest {
    private static final Path DATA = Path.of("..", "shared", "data", "clough-stevenson-plagiarism", "data");
    private static final PassageSettings SETTINGS = PassageSettings.defaults();

    /** Per answer: its category, its source's id, and whether a passage joins the two. */
    private record Answer(String id, String category, String source, boolean shares, int longestVerbatimRun) {}

    private static List<Answer> answers;

    @BeforeAll
    static void findPassagesInTheWholeCorpus() throws IOException {
        assumeTrue(Files.isDirectory(DATA), "the corpus is not at " + DATA.toAbsolutePath());
        Map<String, String[]> labels = new LinkedHashMap<>();
        for (String line : Files.readAllLines(DATA.resolve("file_information.csv"), StandardCharsets.UTF_8).subList(1, 101)) {
            String[] cells = line.strip().split(",");
            labels.put(cells[0].replace(".txt", ""), new String[] {cells[1], cells[2]});
        }
        assertEquals(100, labels.size());
        Map<String, String> texts = new LinkedHashMap<>();
        List<Article> articles = new ArrayList<>();
        for (String id : labels.keySet()) {
            texts.put(id, read(DATA.resolve(id + ".txt")));
            articles.add(Fixtures.article(id, paragraphs(texts.get(id))));
        }
        List<Passage> passages = new PassageFinder(SETTINGS).find(articles);
        answers = new ArrayList<>();
        labels.forEach((id, label) -> {
            if (label[1].equals("orig")) return;
            String source = "orig_task" + label[0];
            boolean shares = passages.stream().anyMatch(p -> occursIn(p, id) && occursIn(p, source));
            answers.add(new Answer(id, label[1], source, shares, longestCommonRun(texts.get(id), texts.get(source))));
        });
        Map<String, int[]> perCategory = new TreeMap<>();
        for (Answer a : answers) {
            int[] counts = perCategory.computeIfAbsent(a.category(), c -> new int[2]);
            counts[0] += a.shares() ? 1 : 0;
            counts[1]++;
        }
        perCategory.forEach((category, c) -> System.out.printf(Locale.ROOT,
                "clough-stevenson %-5s %2d of %2d share a passage with their source (%.0f%%)%n", category, c[0], c[1], 100.0 * c[0] / c[1]));
        answers.stream().filter(a -> a.category().equals("cut") && a.longestVerbatimRun() < SETTINGS.minWords())
                .forEach(a -> System.out.printf("clough-stevenson %s is labelled cut but repeats at most %d words of %s in a row%n",
                        a.id(), a.longestVerbatimRun(), a.source()));
    }

    @Test
    void everyCutAnswerThatCopiesFromItsSourceSharesAPassageWithIt() {
        List<Answer> copying = answers.stream()
                .filter(a -> a.category().equals("cut") && a.longestVerbatimRun() >= SETTINGS.minWords()).toList();
        assertTrue(copying.size() >= 15, "the corpus has 19 cut answers");
        copying.forEach(a -> assertTrue(a.shares(), a.id() + " repeats " + a.longestVerbatimRun() + " words of " + a.source()));
    }

    @Test
    void atLeastFourInFiveLightAnswersShareAPassageWithTheirSource() {
        assertTrue(rate("light") >= 0.8, "light: " + rate("light"));
    }

    @Test
    void atMostOneInTenIndependentAnswersSharesAPassageWithTheirSource() {
        assertTrue(rate("non") <= 0.1, "non: " + rate("non"));
    }

    private static double rate(String category) {
        List<Answer> in = answers.stream().filter(a -> a.category().equals(category)).toList();
        return (double) in.stream().filter(Answer::shares).count() / in.size();
    }

    private static boolean occursIn(Passage passage, String article) {
        return passage.occurrences().stream().map(Span::article).anyMatch(article::equals);
    }

    /** The longest run of words two texts have in common, compared in lower case: a check on the labels. */
    private static int longestCommonRun(String a, String b) {
        String[] wa = a.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
        String[] wb = b.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
        int best = 0;
        int[] previous = new int[wb.length + 1];
        for (String word : wa) {
            int[] current = new int[wb.length + 1];
            for (int j = 0; j < wb.length; j++) {
                if (!word.isEmpty() && word.equals(wb[j])) best = Math.max(best, current[j + 1] = previous[j] + 1);
            }
            previous = current;
        }
        return best;
    }

    private static String[] paragraphs(String text) {
        return Arrays.stream(text.split("\\n\\s*\\n")).map(String::strip).filter(p -> !p.isEmpty()).toArray(String[]::new);
    }

    /** The answers are UTF-8 or Windows-1252, as their writers saved them. */
    private static String read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            text = new String(bytes, Charset.forName("windows-1252"));
        }
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }
}
