package org.dossier.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dossier.model.Article;
import org.dossier.model.Block;
import org.dossier.model.BlockKind;
import org.dossier.model.DateOrigin;
import org.dossier.model.Section;
import org.dossier.model.SourceLocation;

/**
 * Turns a parsed seed into an {@link Article}: slug, title, language, block ids and sections (a heading
 * opens a new section). Assumes the seed has at least one block.
 */
final class ArticleAssembler {
    static final String FIRST_SECTION = "section-start";
    private static final int TITLE_WORDS = 14;
    private static final java.util.regex.Pattern SENTENCE_END = java.util.regex.Pattern.compile("[.!?…][”’\"]?\\s+(?=[\\p{Lu}“\"‘'])");

    private ArticleAssembler() {}

    static Article assemble(String source, String file, String slug, ParsedSeed seed) {
        SeedMetadata meta = seed.metadata();
        List<RawBlock> raw = seed.blocks();
        List<String> ids = BlockIds.assign(raw);
        List<Section> sections = new ArrayList<>();
        List<Block> current = new ArrayList<>();
        String sectionId = FIRST_SECTION;
        for (int i = 0; i < raw.size(); i++) {
            RawBlock r = raw.get(i);
            if (r.kind() == BlockKind.HEADING && !current.isEmpty()) {
                sections.add(new Section(sectionId, current));
                current = new ArrayList<>();
            }
            if (r.kind() == BlockKind.HEADING) sectionId = "section-" + ids.get(i);
            current.add(new Block(ids.get(i), r.kind(), r.text(), r.html(), SourceLocation.of(file, r.line())));
        }
        sections.add(new Section(sectionId, current));
        String allText = String.join(" ", raw.stream().map(RawBlock::text).toList());
        return new Article(
                slug,
                source,
                meta.title().orElseGet(() -> derivedTitle(raw, slug)),
                meta.date(),
                meta.date().isPresent() ? DateOrigin.STATED : DateOrigin.UNKNOWN,
                meta.language().orElseGet(() -> LanguageGuesser.guess(allText)),
                meta.outlet(),
                meta.author(),
                meta.url(),
                sections);
    }

    /** The first sentence of the first paragraph, cut to a headline's length; never "Untitled". */
    static String derivedTitle(List<RawBlock> blocks, String slug) {
        Optional<String> text = blocks.stream().filter(b -> b.kind() == BlockKind.PARAGRAPH).map(RawBlock::text).findFirst()
                .or(() -> blocks.stream().map(RawBlock::text).findFirst());
        if (text.isEmpty()) return slug;
        String sentence = firstSentence(text.get());
        String[] words = sentence.split("\\s+");
        if (words.length <= TITLE_WORDS) {
            // A text of only punctuation ("," — found by fuzzing) leaves nothing: the slug is a title too.
            String title = sentence.replaceAll("[.:;,]$", "").strip();
            return title.isEmpty() ? slug : title;
        }
        // Cut at a word that can end a phrase: not after an article, preposition or conjunction.
        int end = TITLE_WORDS;
        while (end > TITLE_WORDS / 2 && isShortFunctionWord(words[end - 1])) end--;
        return String.join(" ", List.of(words).subList(0, end)).replaceAll("[.:;,“”\"]+$", "") + "…";
    }

    private static boolean isShortFunctionWord(String word) {
        return word.length() <= 3 && word.equals(word.toLowerCase(java.util.Locale.ROOT)) || word.matches("(?i)(met|voor|over|naar|with|from|that|dat|die|aan)");
    }

    private static String firstSentence(String text) {
        var m = SENTENCE_END.matcher(text);
        return m.find() ? text.substring(0, m.start() + 1).strip() : text.strip();
    }
}
