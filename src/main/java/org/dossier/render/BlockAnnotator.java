package org.dossier.render;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Tag;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Wraps stretches of a block's plain text in elements, inside the block's sanitised HTML. Offsets refer
 * to {@code Block.text()}; the HTML's text nodes spell that text up to white space, so offsets are
 * mapped by walking both side by side. A stretch that crosses inline markup is wrapped piece by piece,
 * so the result always nests properly. Links are never put inside links.
 */
public final class BlockAnnotator {
    /** Longer markup is parsed even when it is plain text, as the parser may hold it in several text nodes. */
    private static final int PLAIN_LIMIT = 8192;
    /**
     * The wrappers' tags by name, each looked up once: {@code new Element(name)} looks its tag up for every
     * wrapper of every annotated block. A tag is not changed once made, so the wrappers of all pages share it.
     */
    private static final Map<String, Tag> TAGS = new ConcurrentHashMap<>();

    private BlockAnnotator() {}

    public static String annotate(String text, String html, List<Annotation> annotations) {
        if (annotations.isEmpty()) return html;
        Document doc = parsed(html);
        doc.outputSettings().prettyPrint(false);
        Element body = doc.body();
        List<Annotation> ordered = new ArrayList<>(annotations);
        ordered.sort(Comparator.comparingInt(Annotation::length).reversed()
                .thenComparingInt(Annotation::start).thenComparing(Annotation::tag));
        // One walk of the text nodes for all annotations: wrapping moves text nodes into a new element where
        // they stood and splitting a node changes neither the characters walked nor their order, so the
        // positions stay those a new walk would find, with a split node's two halves following from its own.
        List<Position> positions = positions(body, text);
        for (Annotation annotation : ordered) {
            if (annotation.end() > text.length()) continue;
            wrap(positions, annotation);
        }
        return body.html();
    }

    /**
     * The block's markup as {@link Jsoup#parseBodyFragment} reads it. Most blocks are escaped plain text: no
     * markup, no character the parser replaces, and only the references the reader's escaping writes. Their
     * document is the empty shell with the text as the body's one text node, made without running the parser.
     */
    static Document parsed(String html) {
        String text = plainText(html);
        if (text == null) return Jsoup.parseBodyFragment(html);
        Document doc = Document.createShell("");
        doc.body().appendChild(new TextNode(text));
        return doc;
    }

    /** The references escaped text holds, each with its character. */
    private static final String[] REFERENCES = {"&amp;", "&lt;", "&gt;", "&quot;", "&apos;", "&nbsp;"};
    private static final char[] REFERENCED = {'&', '<', '>', '"', '\'', '\u00A0'};

    /** The text the parser reads from {@code html}, when it is escaped plain text; else null. */
    private static String plainText(String html) {
        if (html.isEmpty() || html.length() > PLAIN_LIMIT) return null;
        StringBuilder text = null;
        int copied = 0;
        for (int i = 0; i < html.length(); i++) {
            char c = html.charAt(i);
            if (c < ' ' || c == '<' || c == '\u007F' || c == '\uFFFD') return null;
            if (c != '&') continue;
            int k = 0;
            while (k < REFERENCES.length && !html.startsWith(REFERENCES[k], i)) k++;
            if (k == REFERENCES.length) return null;
            if (text == null) text = new StringBuilder(html.length());
            text.append(html, copied, i).append(REFERENCED[k]);
            i += REFERENCES[k].length() - 1;
            copied = i + 1;
        }
        return text == null ? html : text.append(html, copied, html.length()).toString();
    }

    private static void wrap(List<Position> positions, Annotation annotation) {
        splitAt(positions, annotation.start());
        splitAt(positions, annotation.end());
        List<TextNode> covered = new ArrayList<>();
        for (Position p : positions) {
            if (p.offset >= annotation.start() && p.offset + p.length <= annotation.end() && p.length > 0) covered.add(p.node);
        }
        boolean first = true;
        for (List<TextNode> run : siblingRuns(covered)) {
            Element wrapper = new Element(TAGS.computeIfAbsent(annotation.tag(), Tag::valueOf), null);
            annotation.attributes().forEach(wrapper::attr);
            // An id names one element: the first piece of a stretch split by markup keeps it.
            if (!first) wrapper.removeAttr("id");
            first = false;
            Element parent = run.get(0).parent();
            boolean insideLink = parent != null && parent.closest("a") != null;
            if (annotation.tag().equals("a") && insideLink) continue;
            run.get(0).before(wrapper);
            for (TextNode node : run) wrapper.appendChild(node);
        }
    }

    /** Runs of consecutive text nodes that share a parent: each becomes one wrapper. */
    private static List<List<TextNode>> siblingRuns(List<TextNode> nodes) {
        List<List<TextNode>> runs = new ArrayList<>();
        List<TextNode> run = new ArrayList<>();
        for (TextNode node : nodes) {
            if (!run.isEmpty()) {
                TextNode last = run.get(run.size() - 1);
                if (last.parent() != node.parent() || last.nextSibling() != node) {
                    runs.add(run);
                    run = new ArrayList<>();
                }
            }
            run.add(node);
        }
        if (!run.isEmpty()) runs.add(run);
        return runs;
    }

    /** Splits the text node that holds text offset {@code offset} there, so that a node starts at it. */
    private static void splitAt(List<Position> positions, int offset) {
        for (int k = 0; k < positions.size(); k++) {
            Position p = positions.get(k);
            if (p.offset < offset && offset < p.offset + p.length) {
                int inNode = p.nodeIndexOf(offset);
                if (inNode > 0 && inNode < p.node.getWholeText().length()) {
                    TextNode tail = p.node.splitText(inNode);
                    positions.set(k, p.head(p.node, inNode));
                    positions.add(k + 1, p.tail(tail, inNode));
                }
                return;
            }
        }
    }

    /** A text node and the stretch of the block text it spells. */
    private static final class Position {
        final TextNode node;
        int offset;
        int length;
        /** The block text offset of each character of the node's own text. */
        final int[] textOffsets;
        /** Where the walk through the block text stands after each character of the node's own text. */
        final int[] cursorAfter;

        Position(TextNode node, int offset, int characters) {
            this.node = node;
            this.offset = offset;
            this.textOffsets = new int[characters];
            this.cursorAfter = new int[characters];
        }

        private Position(TextNode node, int[] textOffsets, int[] cursorAfter) {
            this.node = node;
            this.textOffsets = textOffsets;
            this.cursorAfter = cursorAfter;
            this.offset = textOffsets[0];
            this.length = Math.max(0, cursorAfter[cursorAfter.length - 1] - offset);
        }

        /** The position of {@code node}, which now holds this node's first {@code split} characters. */
        Position head(TextNode node, int split) {
            return new Position(node, Arrays.copyOfRange(textOffsets, 0, split), Arrays.copyOfRange(cursorAfter, 0, split));
        }

        /** The position of {@code node}, which holds this node's characters from {@code split} on. */
        Position tail(TextNode node, int split) {
            return new Position(node, Arrays.copyOfRange(textOffsets, split, textOffsets.length),
                    Arrays.copyOfRange(cursorAfter, split, cursorAfter.length));
        }

        /** The index in the node's own text of the character at block text offset {@code target}. */
        int nodeIndexOf(int target) {
            for (int i = 0; i < textOffsets.length; i++) {
                if (textOffsets[i] >= target) return i;
            }
            return textOffsets.length;
        }
    }

    private static List<Position> positions(Element body, String text) {
        List<Position> positions = new ArrayList<>();
        int[] cursor = {0};
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (!(node instanceof TextNode textNode)) return;
                String own = textNode.getWholeText();
                // Skip white space the plain text does not have (collapsed or trimmed).
                int pos = cursor[0];
                Position position = new Position(textNode, pos, own.length());
                for (int i = 0; i < own.length(); i++) {
                    char c = own.charAt(i);
                    if (pos < text.length() && c == text.charAt(pos)) {
                        position.textOffsets[i] = pos;
                        pos++;
                    } else if (Character.isWhitespace(c) || c == '\u00A0') {
                        position.textOffsets[i] = pos;
                    } else {
                        // The plain text has white space here that the markup expresses as a boundary.
                        while (pos < text.length() && Character.isWhitespace(text.charAt(pos)) && c != text.charAt(pos)) pos++;
                        position.textOffsets[i] = pos;
                        if (pos < text.length() && c == text.charAt(pos)) pos++;
                    }
                    position.cursorAfter[i] = pos;
                }
                if (own.length() > 0) position.offset = position.textOffsets[0];
                position.length = Math.max(0, pos - position.offset);
                cursor[0] = pos;
                positions.add(position);
            }

            @Override
            public void tail(Node node, int depth) {}
        }, body);
        return positions;
    }
}
