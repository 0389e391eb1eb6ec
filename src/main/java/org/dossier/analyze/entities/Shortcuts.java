package org.dossier.analyze.entities;

import java.util.List;
import java.util.function.Function;

/**
 * Where entity analysis may take over work done before instead of doing it again. The analysis asks at
 * each such place; {@link #NONE} always does the work, which is what a one-off build wants. A faster
 * implementation (the preview's, in {@code analyze.entities.reuse}) must give what the work gives: it
 * changes how fast the analysis is, never what it finds.
 */
public interface Shortcuts {
    /** Does every piece of work. */
    Shortcuts NONE = new Shortcuts() {
        @Override
        public <K, V> V recall(Step<K, V> step, K input, Function<? super K, ? extends V> work) {
            return work.apply(input);
        }

        @Override
        public List<List<NameSpan>> readCollection(RuleBasedRecognizer recognizer, List<LanguageText> texts) {
            return recognizer.recognizeAll(texts);
        }
    };

    /** {@code work} applied to {@code input}, or its result for an equal input from before. Thread-safe. */
    <K, V> V recall(Step<K, V> step, K input, Function<? super K, ? extends V> work);

    /** The names in each text as {@link RuleBasedRecognizer#recognizeAll} reads them, one list per text. */
    List<List<NameSpan>> readCollection(RuleBasedRecognizer recognizer, List<LanguageText> texts);
}
