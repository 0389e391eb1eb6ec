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
        return recognize(tokenize(text), text, language);
    }

    @Override
    public List<List<NameSpan>> recognizeAll(List<LanguageText> texts) {
        List<List<Token>> tokenized = texts.stream().map(t -> tokenize(t.text())).toList();
        List<List<NameSpan>> firstReading = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) firstReading.add(recognize(tokenized.get(i), texts.get(i).text(), texts.get(i).language()));
        CollectionEvidence gathered = CollectionEvidence.gather(tokenized, firstReading, gazetteers);
        RuleBasedRecognizer informed = new RuleBasedRecognizer(gazetteers, gathered);
        List<List<NameSpan>> result = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) result.add(informed.recognize(tokenized.get(i), texts.get(i).text(), texts.get(i).language()));
        return List.copyOf(result);
    }

    private List<Token> tokenize(String text) {
        return Tokenizer.tokenize(text, gazetteers.lexicon().abbreviations());
    }

    private List<NameSpan> recognize(List<Token> tokens, String text, String language) {
        NameClassifier classifier = new NameClassifier(tokens, text, language, gazetteers, evidence);
        List<NameSpan> spans = new ArrayList<>();
        for (Candidate candidate : CandidateFinder.find(tokens, text, language, gazetteers, evidence)) {
            Optional<NameSpan> span = classifier.classify(candidate);
            span.ifPresent(spans::add);
        }
        return List.copyOf(typeByCoordination(spans, text));
    }

    private static final java.util.Set<String> COORDINATION = java.util.Set.of(",", "en", "and", "of", "or", "/", "&");

    /**
     * Names in a list are of one kind: "Blanc, Thuram, Vieira en Petit", "Zaventem, Dilbeek, Bierbeek".
     * A name with nothing but capitals to it takes the type of a clearly typed neighbour in the list.
     */
    private static List<NameSpan> typeByCoordination(List<NameSpan> spans, String text) {
        List<NameSpan> result = new ArrayList<>(spans);
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < result.size(); i++) {
                NameSpan s = result.get(i);
                if (!s.cue().isWeak()) continue;
                NameSpan neighbour = null;
                if (i > 0 && coordinated(result.get(i - 1), s, text) && !result.get(i - 1).cue().isWeak()) neighbour = result.get(i - 1);
                else if (i + 1 < result.size() && coordinated(s, result.get(i + 1), text) && !result.get(i + 1).cue().isWeak()) neighbour = result.get(i + 1);
                if (neighbour != null && neighbour.type() != org.dossier.model.EntityType.OTHER) {
                    result.set(i, new NameSpan(s.start(), s.end(), s.text(), neighbour.type(), Cue.CONTEXT, Optional.empty(), Optional.empty()));
                }
            }
        }
        return result;
    }

    private static boolean coordinated(NameSpan left, NameSpan right, String text) {
        if (left.end() > right.start()) return false;
        return COORDINATION.contains(text.substring(left.end(), right.start()).strip());
    }
}
