package org.dossier.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.BlockKind;
import org.jsoup.nodes.Entities;

/**
 * Plain text as it arrives from copy-paste. An optional header of {@code key value} lines comes first
 * ({@code date 2022-01}; the date may run on into the first paragraph); blank lines separate blocks;
 * hard-wrapped lines inside a block are joined. Each block is then recognised by its shape: a list,
 * a {@code >} quotation, an embedded post, a photo caption, a whole quotation, a heading (a short line
 * without closing punctuation between two blocks; as the very first block, the title) or a paragraph.
 */
final class TextSeedReader implements SeedReader {
    private static final Pattern HEADER = Pattern.compile(
            "^\\s*(?:(title|date|source|url|author|language|slug)\\s+|(?i:(title|date|source|url|author|language|slug)):\\s*)(.*)$");
    private static final Pattern DATE_TOKEN = Pattern.compile("^(\\S+)\\s*(.*)$");

    @Override
    public ParsedSeed read(String file, String text) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        MetadataFields fields = new MetadataFields(file);
        int first = readHeader(lines, fields);
        List<Chunk> chunks = chunks(lines, first);
        List<RawBlock> blocks = new ArrayList<>();
        Optional<String> title = Optional.empty();
        for (int i = 0; i < chunks.size(); i++) {
            Chunk chunk = chunks.get(i);
            // Lines of only spaces that are not blank to Java (no-break spaces) hold no text.
            if (TextBlocks.normaliseSpace(String.join(" ", chunk.lines)).isEmpty()) continue;
            boolean between = i > 0 && i < chunks.size() - 1;
            if (i == 0 && chunks.size() > 1 && fields.metadata().title().isEmpty()
                    && chunk.lines.size() == 1 && TextBlocks.looksLikeHeading(chunk.lines.get(0))) {
                title = Optional.of(TextBlocks.normaliseSpace(chunk.lines.get(0)));
                continue;
            }
            blocks.add(classify(chunk, between));
        }
        SeedMetadata metadata = fields.metadata();
        if (title.isPresent()) {
            metadata = metadata.orElse(new SeedMetadata(title, Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty()));
        }
        return new ParsedSeed(metadata, blocks, fields.diagnostics());
    }

    /** Reads {@code key value} lines from the top; returns the index of the first line of the body. */
    private static int readHeader(List<String> lines, MetadataFields fields) {
        int i = 0;
        while (i < lines.size() && lines.get(i).isBlank()) i++;
        while (i < lines.size()) {
            Matcher m = HEADER.matcher(lines.get(i));
            if (!m.matches()) break;
            String key = (m.group(1) != null ? m.group(1) : m.group(2)).toLowerCase(Locale.ROOT);
            String rest = m.group(3);
            if (key.equals("date")) {
                Matcher token = DATE_TOKEN.matcher(rest.strip());
                if (!token.matches()) break;
                fields.accept(key, token.group(1), i + 1);
                if (!token.group(2).isBlank()) {
                    // The header ran on into the first paragraph: keep the rest as text.
                    lines.set(i, token.group(2));
                    return i;
                }
            } else {
                fields.accept(key, rest, i + 1);
            }
            i++;
        }
        return i;
    }

    private record Chunk(int line, List<String> lines) {}

    private static List<Chunk> chunks(List<String> lines, int from) {
        List<Chunk> chunks = new ArrayList<>();
        List<String> current = new ArrayList<>();
        int start = -1;
        for (int i = from; i <= lines.size(); i++) {
            boolean blank = i == lines.size() || lines.get(i).isBlank();
            if (blank) {
                if (!current.isEmpty()) chunks.add(new Chunk(start + 1, List.copyOf(current)));
                current.clear();
            } else {
                if (current.isEmpty()) start = i;
                current.add(lines.get(i));
            }
        }
        return chunks;
    }

    private static RawBlock classify(Chunk chunk, boolean betweenBlocks) {
        List<String> lines = chunk.lines;
        // A bullet or '>' with nothing after it (found by fuzzing) is not a list or a quote: it is read as text.
        if (lines.stream().allMatch(TextBlocks::isBulletLine)
                && lines.stream().anyMatch(l -> !TextBlocks.normaliseSpace(TextBlocks.stripBullet(l)).isEmpty())) {
            return list(chunk);
        }
        if (lines.stream().allMatch(l -> l.stripLeading().startsWith(">"))) {
            String text = TextBlocks.normaliseSpace(String.join(" ",
                    lines.stream().map(l -> l.stripLeading().substring(1)).toList()));
            if (!text.isEmpty()) return new RawBlock(BlockKind.QUOTE, text, Entities.escape(text), chunk.line);
        }
        String text = TextBlocks.normaliseSpace(String.join(" ", lines));
        int signature = TextBlocks.embedSignatureStart(text);
        if (signature > 0) {
            String html = "<p>" + Entities.escape(text.substring(0, signature).strip()) + "</p>"
                    + "<footer>" + Entities.escape(text.substring(signature).strip()) + "</footer>";
            return new RawBlock(BlockKind.EMBED, text, html, chunk.line);
        }
        BlockKind kind;
        if (TextBlocks.isCaption(text)) {
            kind = BlockKind.CAPTION;
        } else if (TextBlocks.isWholeQuotation(text)) {
            kind = BlockKind.QUOTE;
        } else if (betweenBlocks && lines.size() == 1 && TextBlocks.looksLikeHeading(text)) {
            kind = BlockKind.HEADING;
        } else {
            kind = BlockKind.PARAGRAPH;
        }
        return new RawBlock(kind, text, Entities.escape(text), chunk.line);
    }

    private static RawBlock list(Chunk chunk) {
        boolean ordered = chunk.lines.get(0).strip().matches("^\\d.*");
        List<String> items = chunk.lines.stream().map(TextBlocks::stripBullet).map(TextBlocks::normaliseSpace).toList();
        StringBuilder html = new StringBuilder(ordered ? "<ol>" : "<ul>");
        for (String item : items) html.append("<li>").append(Entities.escape(item)).append("</li>");
        html.append(ordered ? "</ol>" : "</ul>");
        return new RawBlock(BlockKind.LIST, String.join("\n", items), html.toString(), chunk.line);
    }
}
