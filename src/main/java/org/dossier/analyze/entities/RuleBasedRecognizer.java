package org.dossier.analyze.entities;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
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
        return recognizeAll(texts, new RecognitionMemory());
    }

    /**
     * Reads the texts as one collection, in two readings: the first, without evidence, gathers the
     * collection's evidence; the second reads each text again with it. {@code memory} holds both readings
     * and the evidence of the collection it last saw: a text read before is not read again in the first
     * reading, and its second reading is kept unless the evidence changed on a key that reading asked
     * about. The result is the same with any memory; a fresh one reads everything.
     */
    List<List<NameSpan>> recognizeAll(List<LanguageText> texts, RecognitionMemory memory) {
        memory.useGazetteers(gazetteers);
        try {
            return readAgain(texts, memory);
        } catch (RuntimeException | Error e) {
            memory.reset(gazetteers); // half-updated counts would answer wrongly next time
            throw e;
        }
    }

    private List<List<NameSpan>> readAgain(List<LanguageText> texts, RecognitionMemory memory) {
        List<RecognitionMemory.Kept> collection = memory.collect(texts);

        List<RecognitionMemory.Kept> unread = memory.unread();
        List<RecognitionMemory.FirstReading> read = unread.parallelStream().map(k -> firstReading(k.text())).toList();
        for (int i = 0; i < unread.size(); i++) unread.get(i).remember(read.get(i));

        Set<String> changed = memory.advance();
        CollectionEvidence evidence = memory.evidence();
        List<RecognitionMemory.Kept> stale = memory.needingSecondReading(changed);
        List<RecognitionMemory.SecondReading> again = stale.parallelStream()
                .map(k -> secondReading(k.text(), k.firstReading().tokens(), evidence)).toList();
        for (int i = 0; i < stale.size(); i++) stale.get(i).remember(again.get(i));
        return collection.stream().map(k -> k.secondReading().names()).toList();
    }

    private RecognitionMemory.FirstReading firstReading(RecognitionMemory.Text text) {
        List<Token> tokens = tokenize(text.text());
        List<NameSpan> names = new RuleBasedRecognizer(gazetteers, CollectionEvidence.NONE).recognize(tokens, text.text(), text.language());
        return new RecognitionMemory.FirstReading(tokens, names, EvidenceContribution.of(tokens, names, gazetteers));
    }

    private RecognitionMemory.SecondReading secondReading(RecognitionMemory.Text text, List<Token> tokens, CollectionEvidence evidence) {
        Set<String> reads = new HashSet<>();
        RuleBasedRecognizer informed = new RuleBasedRecognizer(gazetteers, evidence.recording(reads));
        List<NameSpan> names = informed.recognize(tokens, text.text(), text.language());
        return new RecognitionMemory.SecondReading(names, Set.copyOf(reads));
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
