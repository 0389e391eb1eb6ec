package org.dossier.analyze.passages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.dossier.model.Article;
import org.dossier.model.Block;
import org.dossier.model.Passage;
import org.dossier.model.Span;
import org.junit.jupiter.api.Test;

class PassageFinderSeedTest {
    private final List<Article> seeds = Fixtures.seeds();
    private final List<Passage> passages = new PassageFinder(PassageSettings.defaults()).find(seeds);

    @Test
    void linksTheIdenticalParagraphAsAnExactPassage() {
        Passage p = passageWith("De Amerikaanse president “sprak zijn steun uit");
        assertEquals(Passage.Kind.EXACT, p.kind());
        assertEquals(1.0, p.similarity());
        assertEquals(wholeBlock("000", "b1"), occurrenceIn(p, "000"));
        assertEquals(wholeBlock("003", "b1"), occurrenceIn(p, "003"));
    }

    @Test
    void linksTheEditedSentenceAsANearPassageWithItsExactSpans() {
        Passage p = passageWith("President Biden benadrukte");
        assertEquals(Passage.Kind.NEAR, p.kind());
        assertTrue(p.similarity() >= 0.75 && p.similarity() < 1, "similarity " + p.similarity());
        String first = text("000", "b0");
        String sentence = first.substring(0, first.indexOf("verklaring.") + "verklaring.".length());
        assertEquals(new Span("000", "b0", 0, sentence.length(), sentence), occurrenceIn(p, "000"));
        assertEquals(wholeBlock("003", "b3"), occurrenceIn(p, "003"));
    }

    @Test
    void findsTheRunOfSentencesSharedInsideDifferentParagraphs() {
        Passage p = passageWith("Het gaat om een bijeenkomst in het kader van de strategische veiligheidsdialoog");
        for (String article : List.of("000", "003")) {
            Span span = occurrenceIn(p, article);
            assertTrue(span.text().startsWith("Het gaat om een bijeenkomst"), span.text());
            assertTrue(span.text().endsWith("op 13 januari."), span.text());
        }
        assertEquals(Passage.Kind.NEAR, p.kind(), "003 adds (OVSE)");
    }

    @Test
    void findsThePhoneCallSentenceDespiteTheDroppedFirstName() {
        Passage p = passageWith("Donderdagavond had Biden al een telefoongesprek van 50 minuten");
        assertTrue(occurrenceIn(p, "000").text().contains("Vladimir Poetin"));
        assertTrue(occurrenceIn(p, "003").text().endsWith("Russisch president Poetin"));
    }

    @Test
    void keepsTheQuotationMarksAroundTheKremlinQuote() {
        Passage p = passageWith("De discussie was openhartig en concreet");
        assertEquals("“De discussie was openhartig en concreet”, zei een woordvoerder van het Kremlin.", occurrenceIn(p, "000").text());
        assertEquals("“De discussie was openhartig en concreet”, besloot een woordvoerder van het Kremlin.", occurrenceIn(p, "003").text());
    }

    @Test
    void findsTheLastParagraphOfOneSeedInsideAParagraphOfTheOther() {
        Passage p = passageWith("Rusland heeft tienduizenden troepen gestationeerd");
        assertEquals(Passage.Kind.EXACT, p.kind());
        assertEquals(wholeBlock("000", "b4"), occurrenceIn(p, "000"));
        Span inside = occurrenceIn(p, "003");
        assertEquals("b4", inside.block());
        assertTrue(text("003", "b4").startsWith("Zowel Biden als Zelenski"));
        assertEquals(text("000", "b4"), inside.text());
        assertEquals(text("003", "b4").length(), inside.end(), "the run closes the paragraph");
    }

    @Test
    void everyOccurrenceIsExactlyTheTextOfItsBlockBetweenItsOffsets() {
        assertTrue(passages.size() >= 6);
        for (Passage p : passages) {
            for (Span span : p.occurrences()) {
                Block block = article(span.article()).block(span.block()).orElseThrow();
                assertEquals(block.text().substring(span.start(), span.end()), span.text());
                assertTrue(WordTokens.of(span.text()).size() >= 6, "at least six words: " + span.text());
            }
        }
    }

    @Test
    void leavesTheCaptionTheHeadingAndTheTweetAlone() {
        for (Passage p : passages) {
            for (Span span : p.occurrences()) {
                Block block = article(span.article()).block(span.block()).orElseThrow();
                assertTrue(block.kind().isProse(), span + " lies in a " + block.kind());
            }
        }
    }

    @Test
    void theSeedsPassagesDoNotOverlap() {
        List<Span> all = passages.stream().flatMap(p -> p.occurrences().stream()).toList();
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) assertTrue(!all.get(i).overlaps(all.get(j)), all.get(i) + " / " + all.get(j));
        }
    }

    @Test
    void idsAndSpansDoNotDependOnTheOrderOfTheArticles() {
        List<Article> reversed = new ArrayList<>(seeds);
        Collections.reverse(reversed);
        List<Passage> again = new PassageFinder(PassageSettings.defaults()).find(reversed);
        assertEquals(byId(passages), byId(again));
        assertEquals("003", again.get(0).occurrences().get(0).article(), "occurrences follow the order given");
        assertEquals(passages.stream().map(Passage::id).toList(),
                new PassageFinder(PassageSettings.defaults()).find(seeds).stream().map(Passage::id).toList());
    }

    private static Map<String, List<Span>> byId(List<Passage> passages) {
        return passages.stream().collect(Collectors.toMap(Passage::id,
                p -> p.occurrences().stream().sorted((a, b) -> a.article().compareTo(b.article())).toList(), (a, b) -> a, TreeMap::new));
    }

    private Passage passageWith(String fragment) {
        List<Passage> found = passages.stream()
                .filter(p -> p.occurrences().stream().anyMatch(s -> s.text().contains(fragment)))
                .toList();
        assertEquals(1, found.size(), "passages holding '" + fragment + "': " + found);
        Passage p = found.get(0);
        assertEquals(List.of("000", "003"), p.occurrences().stream().map(Span::article).toList());
        return p;
    }

    private static Span occurrenceIn(Passage p, String article) {
        return p.occurrences().stream().filter(s -> s.article().equals(article)).findFirst().orElseThrow();
    }

    private Article article(String id) {
        return seeds.stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
    }

    private String text(String article, String block) {
        return article(article).block(block).orElseThrow().text();
    }

    private Span wholeBlock(String article, String block) {
        return Span.of(article, article(article).block(block).orElseThrow(), 0, text(article, block).length());
    }
}
