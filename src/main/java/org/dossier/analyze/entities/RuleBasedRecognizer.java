package org.dossier.analyze.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The shipped recogniser: rules over capitalisation, roles, prepositions and organisation words,
 * gazetteers under open licences, and, in {@link #recognizeAll}, evidence from the whole collection
 * gathered in a first reading. Pure: the gazetteers come in as a value.
 */
public final class RuleBasedRecognizer implements EntityRecognizer {
    private final Gazetteers gazetteers;
    private final CollectionEvidence evidence;

    private RuleBasedRecognizer(Gazetteers gazetteers, CollectionEvidence evidence) {
        this.gazetteers = gazetteers;
        this.evidence = evidence;
    }

    public static RuleBasedRecognizer of(Gazetteers gazetteers) {
        return new RuleBasedRecognizer(java.util.Objects.requireNonNull(gazetteers, "gazetteers"), CollectionEvidence.NONE);
    }

    @Override
    public List<NameSpan> recognize(String text, String language) {
        return recognize(tokenize(text), text);
    }

    @Override
    public List<List<NameSpan>> recognizeAll(List<LanguageText> texts) {
        List<List<Token>> tokenized = texts.stream().map(t -> tokenize(t.text())).toList();
        List<List<NameSpan>> firstReading = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) firstReading.add(recognize(tokenized.get(i), texts.get(i).text()));
        CollectionEvidence gathered = CollectionEvidence.gather(tokenized, firstReading, gazetteers);
        RuleBasedRecognizer informed = new RuleBasedRecognizer(gazetteers, gathered);
        List<List<NameSpan>> result = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) result.add(informed.recognize(tokenized.get(i), texts.get(i).text()));
        return List.copyOf(result);
    }

    private List<Token> tokenize(String text) {
        return Tokenizer.tokenize(text, gazetteers.lexicon().abbreviations());
    }

    private List<NameSpan> recognize(List<Token> tokens, String text) {
        NameClassifier classifier = new NameClassifier(tokens, text, gazetteers, evidence);
        List<NameSpan> spans = new ArrayList<>();
        for (Candidate candidate : CandidateFinder.find(tokens, text, gazetteers, evidence)) {
            Optional<NameSpan> span = classifier.classify(candidate);
            span.ifPresent(spans::add);
        }
        return List.copyOf(spans);
    }
}
