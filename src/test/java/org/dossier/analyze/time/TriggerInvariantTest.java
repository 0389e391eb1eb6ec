package org.dossier.analyze.time;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/**
 * The scanner tries a rule's starts only up to the last trigger word of its window, which is right only
 * while every match of a rule holds a trigger word of the rule's kind. This checks that promise for every
 * rule on every sentence of the news test set: no match that a plain search of the window finds starts
 * after the window's last trigger word. A new rule that breaks it would otherwise lose matches silently.
 */
class TriggerInvariantTest {
    @Test
    void noRuleMatchStartsAfterTheLastTriggerWordOfItsWindow() throws IOException {
        List<String> violations = new ArrayList<>();
        int matches = 0;
        for (String sentence : sentences()) {
            Map<DateTriggers.Kind, List<DateTriggers.Window>> windows = DateTriggers.windows(sentence);
            for (DateFormScanner.DateRule rule : DateFormScanner.dutchAndEnglish().rules()) {
                Matcher m = rule.pattern().matcher(sentence).useTransparentBounds(true).useAnchoringBounds(false);
                for (DateTriggers.Window window : windows.getOrDefault(rule.trigger(), List.of())) {
                    m.region(window.start(), window.end());
                    while (m.find()) {
                        matches++;
                        if (m.start() > window.lastTrigger()) {
                            violations.add(rule.pattern() + " matched '" + m.group() + "' in: " + sentence);
                        }
                        if (m.end() == m.start()) break;
                    }
                }
            }
        }
        assertTrue(matches > 100, "the test set exercises the rules: " + matches + " matches");
        assertTrue(violations.isEmpty(), String.join("\n", violations));
    }

    /**
     * The scanner also skips places whose character no match of the rule starts with, as the pattern told it
     * one character at a time; that is right only while the rules have no anchor, word boundary or lookbehind
     * that must see a character. Checked the same way: every match a plain search finds starts with a
     * character the scanner tries.
     */
    @Test
    void everyRuleMatchStartsWithACharacterTheScannerTries() throws IOException {
        List<String> violations = new ArrayList<>();
        int matches = 0;
        for (DateFormScanner.DateRule rule : DateFormScanner.dutchAndEnglish().rules()) {
            String regex = rule.pattern().pattern();
            for (String construct : List.of("\\b", "\\B", "(?<=", "^", "$", "\\A", "\\G", "\\z", "\\Z")) {
                if (regex.contains(construct)) violations.add(rule.pattern() + " holds " + construct);
            }
            boolean[] starts = DateFormScanner.startCharacters(rule.pattern());
            for (String sentence : sentences()) {
                Matcher m = rule.pattern().matcher(sentence);
                while (m.find()) {
                    matches++;
                    char first = sentence.charAt(m.start());
                    if (first < 128 && !starts[first]) violations.add(rule.pattern() + " matched '" + m.group() + "' in: " + sentence);
                    if (m.end() == m.start()) break;
                }
            }
        }
        assertTrue(matches > 100, "the test set exercises the rules: " + matches + " matches");
        assertTrue(violations.isEmpty(), String.join("\n", violations));
    }

    private static List<String> sentences() throws IOException {
        try (InputStream in = TriggerInvariantTest.class.getResourceAsStream("/time/news-sentences.tsv")) {
            List<String> sentences = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] columns = line.split("\t");
                if (columns.length > 1) sentences.add(columns[1]);
            }
            return sentences;
        }
    }
}
