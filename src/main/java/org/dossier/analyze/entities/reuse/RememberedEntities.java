package org.dossier.analyze.entities.reuse;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.dossier.analyze.entities.EntityAnalysis;
import org.dossier.analyze.entities.EntityResult;
import org.dossier.analyze.entities.Gazetteers;
import org.dossier.analyze.entities.LanguageText;
import org.dossier.analyze.entities.NameSpan;
import org.dossier.analyze.entities.RuleBasedRecognizer;
import org.dossier.analyze.entities.Shortcuts;
import org.dossier.analyze.entities.Step;
import org.dossier.memo.Memo;
import org.dossier.model.Article;
import org.dossier.model.EntityCatalog;

/**
 * {@link EntityAnalysis#analyze} from one build to the next in the same process: the same analysis, given
 * {@link Shortcuts} that keep what it worked out. Each {@link Step} is one {@link Memo}, keyed by the
 * step's whole input; the collection's readings are kept by a {@link RecognitionMemory}, which reads again
 * only the texts that changed or whose evidence changed. The result is what {@link EntityAnalysis#analyze}
 * gives. Not thread-safe: one build at a time (the analysis's parallel work may share the memos).
 */
public final class RememberedEntities implements Shortcuts {
    private final Map<Step<?, ?>, Memo<Object, Object>> memos = new ConcurrentHashMap<>();
    private final RecognitionMemory recognition = new RecognitionMemory();

    /** The entities of the articles, reusing what earlier builds worked out. */
    public EntityResult analyze(List<Article> articles, EntityCatalog catalog, Gazetteers gazetteers) {
        return EntityAnalysis.taking(this).run(articles, catalog, gazetteers);
    }

    /** Ends a build for each memo: see {@link Memo#endBuild} for what it forgets. */
    public void endBuild() {
        memos.values().forEach(Memo::endBuild);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <K, V> V recall(Step<K, V> step, K input, Function<? super K, ? extends V> work) {
        Memo<Object, Object> memo = memos.get(step); // a plain look-up first: computeIfAbsent may lock the entry's bin
        if (memo == null) memo = memos.computeIfAbsent(step, s -> Memo.remembering());
        return ((Memo<K, V>) (Memo<?, ?>) memo).get(input, work);
    }

    @Override
    public List<List<NameSpan>> readCollection(RuleBasedRecognizer recognizer, List<LanguageText> texts) {
        return recognition.read(recognizer, texts);
    }

}
