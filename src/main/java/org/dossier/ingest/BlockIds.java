package org.dossier.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.dossier.text.Slugs;
import org.dossier.text.StableIds;

/**
 * Block anchors made from the block's own kind and text: the first words as a readable slug and a short
 * hash of the whole. Editing, adding or removing another block leaves an anchor as it was; only a block
 * that repeats an earlier one word for word gets a counter.
 */
final class BlockIds {
    private static final Pattern WORD_BREAK = Pattern.compile("\\s+");

    private BlockIds() {}

    static List<String> assign(List<RawBlock> blocks) {
        Map<String, Integer> seen = new HashMap<>();
        List<String> ids = new ArrayList<>(blocks.size());
        for (RawBlock block : blocks) {
            String base = of(block);
            int count = seen.merge(base, 1, Integer::sum);
            ids.add(count == 1 ? base : base + "-" + count);
        }
        return ids;
    }

    static String of(RawBlock block) {
        String words = Slugs.of(String.join(" ", firstWords(block.text(), 4)), 32);
        String prefix = words.isEmpty() ? block.kind().id() : words;
        return prefix + "-" + StableIds.hex(block.kind().id() + "\n" + TextBlocks.normaliseSpace(block.text()), 3);
    }

    private static List<String> firstWords(String text, int count) {
        // Split off only the words needed: the rest stays one piece, so long blocks cost no more.
        String[] words = WORD_BREAK.split(text.strip(), count + 1);
        return List.of(words).subList(0, Math.min(count, words.length));
    }
}
