package org.dossier.analyze.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

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

    /**
     * Reads the texts as one collection, in two readings: the first, without evidence, gathers the
     * collection's evidence (each text's contribution, counted as often as the text comes); the second
     * reads each text again with it. A text that comes several times is read once.
     */
    @Override
    public List<List<NameSpan>> recognizeAll(List<LanguageText> texts) {
        Map<LanguageText, Integer> times = new LinkedHashMap<>();
        for (LanguageText text : texts) times.merge(text, 1, Integer::sum);
        List<LanguageText> distinct = List.copyOf(times.keySet());
        List<FirstReading> first = distinct.parallelStream().map(this::firstReading).toList();
        EvidenceCounts counts = new EvidenceCounts();
        for (int i = 0; i < distinct.size(); i++) counts.add(first.get(i).contribution(), times.get(distinct.get(i)), null);
        CollectionEvidence evidence = CollectionEvidence.of(counts);
        List<List<NameSpan>> second = IntStream.range(0, distinct.size()).parallel()
                .mapToObj(i -> readAgain(distinct.get(i), first.get(i), evidence)).toList();
        Map<LanguageText, List<NameSpan>> names = new HashMap<>();
        for (int i = 0; i < distinct.size(); i++) names.put(distinct.get(i), second.get(i));
        return texts.stream().map(names::get).toList();
    }

    /** The first reading of a text: its tokens and names read without evidence, and what it adds to the evidence. */
    public FirstReading firstReading(LanguageText text) {
        List<Token> tokens = tokenize(text.text());
        List<NameSpan> names = new RuleBasedRecognizer(gazetteers, CollectionEvidence.NONE).recognize(tokens, text.text(), text.language());
        return new FirstReading(tokens, EvidenceContribution.of(tokens, names, gazetteers));
    }

    /** The names of a text read again with the collection's evidence. */
    private List<NameSpan> readAgain(LanguageText text, FirstReading first, CollectionEvidence evidence) {
        return new RuleBasedRecognizer(gazetteers, evidence).recognize(first.tokens(), text.text(), text.language());
    }

    /** {@link #readAgain}, noting the evidence keys the reading asked about. */
    public SecondReading secondReading(LanguageText text, FirstReading first, CollectionEvidence evidence) {
        Set<String> reads = new HashSet<>();
        RuleBasedRecognizer informed = new RuleBasedRecognizer(gazetteers, evidence.recording(reads));
        List<NameSpan> names = informed.recognize(first.tokens(), text.text(), text.language());
        return new SecondReading(names, Set.copyOf(reads));
    }

    /** The gazetteers it reads with. */
    public Gazetteers gazetteers() {
        return gazetteers;
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
