package org.dossier.analyze.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TokenizerTest {
    @Test
    void tellsWordsNumbersHandlesAndPunctuationApart() {
        List<Token> tokens = Tokenizer.tokenize("J.F.K. en dr. Peeters: 12,5 procent #verkiezingen, zei @nos.", Set.of("dr"));
        assertEquals(List.of("J.F.K.", "en", "dr.", "Peeters", ":", "12,5", "procent", "#verkiezingen", ",", "zei", "@nos", "."),
                tokens.stream().map(Token::text).toList());
        assertEquals(List.of(Token.Kind.WORD, Token.Kind.WORD, Token.Kind.WORD, Token.Kind.WORD, Token.Kind.PUNCTUATION,
                Token.Kind.NUMBER, Token.Kind.WORD, Token.Kind.HANDLE, Token.Kind.PUNCTUATION, Token.Kind.WORD,
                Token.Kind.HANDLE, Token.Kind.PUNCTUATION), tokens.stream().map(Token::kind).toList());
    }

    @Test
    void aLineBreakOrAFullStopStartsASentence() {
        List<Token> tokens = Tokenizer.tokenize("Kiev zwijgt\nMoskou ook. Dan J. Smith", Set.of());
        assertEquals(List.of(true, false, true, false, false, true, false, false),
                tokens.stream().map(Token::sentenceStart).toList());
        assertEquals("J.", tokens.get(6).text());
    }
}
