package org.dossier.analyze.entities;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.dossier.model.EntityType;

/**
 * Tags pre-tokenised sentences in IOB2 (B-PER, I-ORG, O, ...), as CoNLL files want: the tokens of a
 * sentence are joined with spaces, recognised, and every token a name covers gets its tag. The
 * sentences of one document are recognised together, as the articles of a dossier are.
 */
public final class IobTagger {
    private IobTagger() {}

    public static List<List<String>> tag(List<List<String>> document, EntityRecognizer recognizer, String language) {
        List<LanguageText> texts = new ArrayList<>();
        List<int[]> starts = new ArrayList<>();
        for (List<String> sentence : document) {
            StringBuilder sb = new StringBuilder();
            int[] offsets = new int[sentence.size()];
            for (int i = 0; i < sentence.size(); i++) {
                if (i > 0) sb.append(' ');
                offsets[i] = sb.length();
                sb.append(sentence.get(i));
            }
            texts.add(new LanguageText(sb.toString(), language));
            starts.add(offsets);
        }
        List<List<NameSpan>> found = recognizer.recognizeAll(texts);
        List<List<String>> tags = new ArrayList<>();
        for (int s = 0; s < document.size(); s++) {
            tags.add(tagsOf(document.get(s), starts.get(s), found.get(s)));
        }
        return List.copyOf(tags);
    }

    private static List<String> tagsOf(List<String> tokens, int[] starts, List<NameSpan> spans) {
        String[] tags = new String[tokens.size()];
        Arrays.fill(tags, "O");
        for (NameSpan span : spans) {
            // As in the build, a name with nothing but capitals to it is not tagged.
            if (span.cue().isWeak()) continue;
            boolean firstToken = true;
            for (int i = 0; i < tokens.size(); i++) {
                int start = starts[i];
                int end = start + tokens.get(i).length();
                if (end <= span.start() || start >= span.end()) continue;
                tags[i] = (firstToken ? "B-" : "I-") + conllType(span.type());
                firstToken = false;
            }
        }
        return List.of(tags);
    }

    static String conllType(EntityType type) {
        return switch (type) {
            case PERSON -> "PER";
            case ORGANIZATION -> "ORG";
            case PLACE -> "LOC";
            case OTHER -> "MISC";
        };
    }
}
