package org.dossier.ingest;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.dossier.model.BlockKind;
import org.dossier.model.Diagnostic;
import org.dossier.model.SourceLocation;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

/**
 * Markdown (CommonMark with tables, strikethrough, autolinks and typographic quotes) after optional YAML
 * front matter. Every top-level node becomes one block; a first-level heading at the top is the title
 * when the front matter gives none. Each block's HTML goes through the {@link Sanitizer}.
 */
final class MarkdownSeedReader implements SeedReader {
    private final Parser parser;
    private final HtmlRenderer renderer;

    MarkdownSeedReader() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), StrikethroughExtension.create(),
                AutolinkExtension.create(), TypographicExtension.create()));
        this.parser = Parser.builder(options).build();
        // Each top-level node is rendered on its own, and Flexmark renders a node that is not the whole
        // document with links switched off (its MainNodeRenderer starts at "do not render links" unless
        // DO_NOT_RENDER_LINKS is set, which it reads inverted for such nodes). Without this, every link
        // and autolink of a Markdown seed would come out as plain text.
        MutableDataSet rendering = new MutableDataSet(options);
        rendering.set(HtmlRenderer.DO_NOT_RENDER_LINKS, true);
        this.renderer = HtmlRenderer.builder(rendering).build();
    }

    @Override
    public ParsedSeed read(String file, String text) {
        FrontMatter.Split split = FrontMatter.split(file, text);
        OptionalInt tooDeep = MarkdownNesting.firstTooDeep(split.body());
        if (tooDeep.isPresent()) {
            List<Diagnostic> diagnostics = new ArrayList<>(split.diagnostics());
            diagnostics.add(Diagnostic.error(SourceLocation.of(file, tooDeep.getAsInt() - 1 + split.bodyLine()),
                    "block quotes and lists are nested deeper than " + MarkdownNesting.MAX_DEPTH
                            + " levels (counting '>', list markers and every two columns of indentation); flatten them"));
            return new ParsedSeed(split.metadata(), List.of(), diagnostics);
        }
        Node document = parser.parse(split.body());
        SeedMetadata metadata = split.metadata();
        List<RawBlock> blocks = new ArrayList<>();
        Optional<String> title = Optional.empty();
        for (Node node : document.getChildren()) {
            int line = node.getStartLineNumber() + split.bodyLine();
            if (node instanceof Heading heading && heading.getLevel() == 1 && blocks.isEmpty() && title.isEmpty()) {
                String heading1 = clean(node).text();
                if (metadata.title().isEmpty()) {
                    title = Optional.of(heading1).filter(t -> !t.isBlank());
                    if (title.isPresent()) continue;
                } else if (sameWords(heading1, metadata.title().get())) {
                    // The front matter's title written again as the first heading: the page shows it once.
                    continue;
                }
            }
            block(node, line).ifPresent(blocks::add);
        }
        if (title.isPresent()) {
            metadata = metadata.orElse(new SeedMetadata(title, Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty()));
        }
        return new ParsedSeed(metadata, blocks, split.diagnostics());
    }

    /** Whether two titles are the same words, whatever their case, quotes, punctuation and spacing. */
    private static boolean sameWords(String a, String b) {
        return normalisedTitle(a).equals(normalisedTitle(b));
    }

    private static String normalisedTitle(String title) {
        return String.join(" ", title.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")).strip();
    }

    private Optional<RawBlock> block(Node node, int line) {
        if (node instanceof ThematicBreak || node instanceof HtmlCommentBlock) return Optional.empty();
        Element html = clean(node);
        String text = html.text().strip();
        if (node instanceof Heading) {
            return nonEmpty(BlockKind.HEADING, text, inner(html), line);
        }
        if (node instanceof Paragraph) {
            if (text.isEmpty()) return imageCaption(node, line);
            int signature = TextBlocks.embedSignatureStart(text);
            if (signature > 0) return Optional.of(embed(text, signature, line));
            BlockKind kind = TextBlocks.isCaption(text) ? BlockKind.CAPTION : BlockKind.PARAGRAPH;
            return nonEmpty(kind, text, inner(html), line);
        }
        if (node instanceof BlockQuote) {
            int signature = TextBlocks.embedSignatureStart(text);
            if (signature > 0) return Optional.of(embed(text, signature, line));
            return nonEmpty(BlockKind.QUOTE, text, inner(html), line);
        }
        if (node instanceof BulletList || node instanceof OrderedList) {
            String items = String.join("\n", html.select("li").stream().map(Element::text).toList());
            return nonEmpty(BlockKind.LIST, items, html.html(), line);
        }
        if (node instanceof TableBlock || node instanceof FencedCodeBlock || node instanceof IndentedCodeBlock
                || node instanceof HtmlBlock) {
            return nonEmpty(BlockKind.OTHER, text, html.html(), line);
        }
        return nonEmpty(BlockKind.OTHER, text, html.html(), line);
    }

    /** A paragraph that is only an image: its alt text, if any, is the caption; the image itself is dropped. */
    private static Optional<RawBlock> imageCaption(Node paragraph, int line) {
        for (Node child : paragraph.getChildren()) {
            if (child instanceof Image image) {
                String alt = TextBlocks.normaliseSpace(image.getText().toString());
                if (!alt.isEmpty()) return Optional.of(new RawBlock(BlockKind.CAPTION, alt, Entities.escape(alt), line));
            }
        }
        return Optional.empty();
    }

    private static RawBlock embed(String text, int signature, int line) {
        String html = "<p>" + Entities.escape(text.substring(0, signature).strip()) + "</p>"
                + "<footer>" + Entities.escape(text.substring(signature).strip()) + "</footer>";
        return new RawBlock(BlockKind.EMBED, text, html, line);
    }

    private static Optional<RawBlock> nonEmpty(BlockKind kind, String text, String html, int line) {
        return text.isBlank() ? Optional.empty() : Optional.of(new RawBlock(kind, text, html, line));
    }

    /**
     * The node rendered, sanitised, as the body of a fragment. Flexmark ends each block with a line
     * break; stripped, so that a paragraph is one {@code <p>} element and {@link #inner} unwraps it.
     */
    private Element clean(Node node) {
        Document fragment = Jsoup.parseBodyFragment(Sanitizer.clean(renderer.render(node).strip()));
        fragment.outputSettings().prettyPrint(false);
        return fragment.body();
    }

    /** The content of a single wrapping element ({@code <p>}, {@code <h2>}), or the whole fragment. */
    private static String inner(Element body) {
        if (body.childrenSize() == 1 && body.childNodeSize() == 1 && !body.child(0).tagName().equals("blockquote")) {
            return body.child(0).html();
        }
        if (body.childrenSize() == 1 && body.child(0).tagName().equals("blockquote")) {
            return body.child(0).html();
        }
        return body.html();
    }
}
