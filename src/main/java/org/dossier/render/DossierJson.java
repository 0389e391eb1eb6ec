package org.dossier.render;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.dossier.model.Article;
import org.dossier.model.Block;
import org.dossier.model.Discrepancy;
import org.dossier.model.Dossier;
import org.dossier.model.Entity;
import org.dossier.model.Event;
import org.dossier.model.Mention;
import org.dossier.model.Network;
import org.dossier.model.Passage;
import org.dossier.model.Quote;
import org.dossier.model.QuoteGroup;
import org.dossier.model.Section;
import org.dossier.model.Span;
import org.dossier.model.Structure;
import org.dossier.render.json.JsonText;

/**
 * {@code data/dossier.json}, as {@code contracts/dossier-json.md} fixes it: field names and order never
 * change, maps keep insertion order, and the same dossier always gives the same bytes.
 */
public final class DossierJson {
    public static final int VERSION = 1;

    private static final String ITEM_INDENT = "    ";
    /** The network stands as a value of the root object, one level deep. */
    private static final String NETWORK_INDENT = "  ";

    private DossierJson() {}

    public static byte[] write(Dossier dossier) {
        return concatenated(pieces(dossier));
    }

    /** {@link #write(Dossier)} in pieces, whose bytes one after the other are the document's. */
    public static List<byte[]> pieces(Dossier dossier) {
        return pieces(dossier, (item, json) -> json.apply(item));
    }

    /** Gives the JSON of one article, passage, entity, quote or event, as UTF-8: made by the function, or remembered. */
    @FunctionalInterface
    public interface ItemTexts {
        byte[] text(Object item, Function<Object, byte[]> json);
    }

    /** Stands for one item in the document's frame; a raw control character, which JSON text never holds. */
    private static final char ITEM = '\u0001';

    /** {@link #pieces(Dossier, ItemTexts)} laid out in one array. */
    public static byte[] write(Dossier dossier, ItemTexts texts) {
        return concatenated(pieces(dossier, texts));
    }

    /**
     * The bytes of {@link #write(Dossier)} in pieces, with each item's text taken from {@code texts}: an item
     * (a record, compared by value) that did not change since the last build is not serialised again. The
     * document is laid out with a one-character stand-in for each item, and the pieces are the text around
     * the stand-ins and the items' texts in their place: a large export is neither laid out nor encoded as a
     * whole again, and the pieces are the very arrays {@code texts} gives and those of the last frame of the
     * same sizes, so that a draft compares most of them by identity.
     */
    public static List<byte[]> pieces(Dossier dossier, ItemTexts texts) {
        List<byte[]> items = new ArrayList<>(dossier.articles().size() + dossier.passages().size()
                + dossier.entities().size() + dossier.quotes().size() + dossier.events().size());
        texts(dossier.articles(), texts, item -> article((Article) item), items);
        texts(dossier.passages(), texts, item -> passage((Passage) item), items);
        texts(dossier.entities(), texts, item -> entity((Entity) item), items);
        texts(dossier.quotes(), texts, item -> quote((Quote) item), items);
        texts(dossier.events(), texts, item -> event((Event) item), items);
        Structure structure = dossier.structure();
        texts(List.of(structure.network()), texts, item -> network((Network) item), items, NETWORK_INDENT);
        texts(structure.discrepancies(), texts, item -> discrepancy((Discrepancy) item), items);
        texts(structure.quoteGroups(), texts, item -> quoteGroup((QuoteGroup) item), items);
        List<byte[]> frame = frame(List.of(dossier.articles().size(), dossier.passages().size(), dossier.entities().size(),
                dossier.quotes().size(), dossier.events().size(), structure.discrepancies().size(), structure.quoteGroups().size()));
        List<byte[]> pieces = new ArrayList<>(frame.size() + items.size());
        for (int i = 0; i < items.size(); i++) {
            pieces.add(frame.get(i));
            pieces.add(items.get(i));
        }
        pieces.add(frame.get(items.size()));
        return pieces;
    }

    /** The frame last laid out, by the sizes of its five lists. */
    private record Frame(List<Integer> sizes, List<byte[]> pieces) {}

    private static volatile Frame lastFrame;

    /**
     * The document around the items, for lists of these sizes: the UTF-8 text before each item and after the
     * last. It depends on the sizes alone, and a rebuild mostly keeps them, so the last one is kept.
     */
    private static List<byte[]> frame(List<Integer> sizes) {
        Frame last = lastFrame;
        if (last != null && last.sizes().equals(sizes)) return last.pieces();
        JsonText.Raw standIn = new JsonText.Raw(String.valueOf(ITEM));
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("version", VERSION);
        List<String> lists = List.of("articles", "passages", "entities", "quotes", "events");
        for (int i = 0; i < lists.size(); i++) root.put(lists.get(i), java.util.Collections.nCopies(sizes.get(i), standIn));
        // Beyond the contract's lists: the story's structure (the network is one object, not a list).
        root.put("network", standIn);
        root.put("discrepancies", java.util.Collections.nCopies(sizes.get(5), standIn));
        root.put("quoteGroups", java.util.Collections.nCopies(sizes.get(6), standIn));
        String text = serialise(root) + "\n";
        List<byte[]> pieces = new ArrayList<>();
        int from = 0;
        for (int at = text.indexOf(ITEM); at >= 0; at = text.indexOf(ITEM, from)) {
            pieces.add(text.substring(from, at).getBytes(StandardCharsets.UTF_8));
            from = at + 1;
        }
        pieces.add(text.substring(from).getBytes(StandardCharsets.UTF_8));
        lastFrame = new Frame(sizes, List.copyOf(pieces));
        return pieces;
    }

    /**
     * Adds each item's JSON to {@code items}, in document order, as the whole document would indent it: items
     * stand in an array in the root object, two levels deep, so every line after the first moves right by
     * two indents.
     */
    private static void texts(List<?> list, ItemTexts texts, Function<Object, Map<String, Object>> json, List<byte[]> items) {
        texts(list, texts, json, items, ITEM_INDENT);
    }

    private static void texts(List<?> list, ItemTexts texts, Function<Object, Map<String, Object>> json, List<byte[]> items,
                              String indent) {
        Function<Object, byte[]> text = x -> serialise(json.apply(x)).replace("\n", "\n" + indent).getBytes(StandardCharsets.UTF_8);
        for (Object item : list) items.add(texts.text(item, text));
    }

    private static byte[] concatenated(List<byte[]> pieces) {
        int size = 0;
        for (byte[] piece : pieces) size += piece.length;
        byte[] all = new byte[size];
        int at = 0;
        for (byte[] piece : pieces) {
            System.arraycopy(piece, 0, all, at, piece.length);
            at += piece.length;
        }
        return all;
    }

    private static String serialise(Object value) {
        return JsonText.indented(value);
    }

    private static Map<String, Object> article(Article article) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", article.id());
        json.put("source", article.source());
        json.put("title", article.title());
        json.put("date", article.date().map(d -> d.iso()).orElse(null));
        json.put("dateOrigin", article.dateOrigin().name().toLowerCase(java.util.Locale.ROOT));
        json.put("language", article.language());
        json.put("url", SiteLinks.article(article.id()));
        json.put("outlet", article.outlet().orElse(null));
        json.put("author", article.author().orElse(null));
        json.put("originalUrl", article.originalUrl().orElse(null));
        List<Map<String, Object>> blocks = new ArrayList<>();
        for (Section section : article.sections()) {
            for (Block block : section.blocks()) {
                Map<String, Object> b = new LinkedHashMap<>();
                b.put("id", block.id());
                b.put("kind", block.kind().id());
                b.put("section", section.id());
                b.put("text", block.text());
                b.put("line", block.location().line());
                blocks.add(b);
            }
        }
        json.put("blocks", blocks);
        return json;
    }

    private static Map<String, Object> passage(Passage passage) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", passage.id());
        json.put("kind", passage.kind().id());
        json.put("similarity", Math.round(passage.similarity() * 1000) / 1000.0);
        json.put("occurrences", passage.occurrences().stream().map(DossierJson::span).toList());
        return json;
    }

    private static Map<String, Object> span(Span span) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("article", span.article());
        json.put("block", span.block());
        json.put("text", span.text());
        json.put("start", span.start());
        json.put("end", span.end());
        return json;
    }

    private static Map<String, Object> entity(Entity entity) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", entity.id());
        json.put("name", entity.name());
        json.put("type", entity.type().id());
        json.put("aliases", entity.aliases());
        json.put("url", SiteLinks.entity(entity.id()));
        json.put("description", entity.description().orElse(null));
        json.put("link", entity.link().orElse(null));
        json.put("mentions", entity.mentions().stream().map(Mention::span).map(DossierJson::span).toList());
        return json;
    }

    private static Map<String, Object> quote(Quote quote) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("speaker", quote.speaker().orElse(null));
        json.put("text", quote.span().text());
        json.put("article", quote.span().article());
        json.put("block", quote.span().block());
        json.put("start", quote.span().start());
        json.put("end", quote.span().end());
        return json;
    }

    private static Map<String, Object> network(Network network) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("nodes", network.nodes().stream().map(node -> {
            Map<String, Object> n = new LinkedHashMap<>();
            n.put("entity", node.entity());
            n.put("type", node.type().id());
            n.put("mentions", node.mentions());
            return n;
        }).toList());
        json.put("edges", network.edges().stream().map(edge -> {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("source", edge.source());
            e.put("target", edge.target());
            e.put("weight", edge.weight());
            return e;
        }).toList());
        return json;
    }

    private static Map<String, Object> discrepancy(Discrepancy discrepancy) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", discrepancy.id());
        json.put("scope", discrepancy.scope().id());
        json.put("subject", discrepancy.subject());
        json.put("fact", discrepancy.fact().id());
        json.put("readings", List.of(reading(discrepancy.one()), reading(discrepancy.other())));
        return json;
    }

    private static Map<String, Object> reading(Discrepancy.Reading reading) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("value", reading.text());
        json.put("entity", reading.entity().orElse(null));
        json.putAll(span(reading.span()));
        return json;
    }

    private static Map<String, Object> quoteGroup(QuoteGroup group) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", group.id());
        json.put("appearances", group.appearances().stream().map(DossierJson::quote).toList());
        return json;
    }

    private static Map<String, Object> event(Event event) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", event.id());
        json.put("date", event.date().iso());
        json.put("end", event.end().map(d -> d.iso()).orElse(null));
        json.put("expression", event.expression());
        json.put("text", event.sentence().text());
        json.put("article", event.sentence().article());
        json.put("block", event.sentence().block());
        json.put("entities", event.entities());
        json.put("planned", event.planned());
        return json;
    }
}
