package org.dossier.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.util.RawValue;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.dossier.model.Article;
import org.dossier.model.Block;
import org.dossier.model.Dossier;
import org.dossier.model.Entity;
import org.dossier.model.Event;
import org.dossier.model.Mention;
import org.dossier.model.Passage;
import org.dossier.model.Quote;
import org.dossier.model.Section;
import org.dossier.model.Span;

/**
 * {@code data/dossier.json}, as {@code contracts/dossier-json.md} fixes it: field names and order never
 * change, maps keep insertion order, and the same dossier always gives the same bytes.
 */
public final class DossierJson {
    public static final int VERSION = 1;

    private static final ObjectWriter WRITER = new ObjectMapper().writer(
            new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    private static final String ITEM_INDENT = "    ";

    private DossierJson() {}

    public static byte[] write(Dossier dossier) {
        return write(dossier, (item, json) -> json.apply(item));
    }

    /** Gives the JSON text of one article, passage, entity, quote or event: made by the function, or remembered. */
    @FunctionalInterface
    interface ItemTexts {
        String text(Object item, Function<Object, String> json);
    }

    /**
     * The same bytes, with each item's text taken from {@code texts}: an item (a record, compared by value)
     * that did not change since the last build is not serialised again.
     */
    static byte[] write(Dossier dossier, ItemTexts texts) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("version", VERSION);
        root.put("articles", items(dossier.articles(), texts, item -> article((Article) item)));
        root.put("passages", items(dossier.passages(), texts, item -> passage((Passage) item)));
        root.put("entities", items(dossier.entities(), texts, item -> entity((Entity) item)));
        root.put("quotes", items(dossier.quotes(), texts, item -> quote((Quote) item)));
        root.put("events", items(dossier.events(), texts, item -> event((Event) item)));
        return (serialise(root) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Each item as raw JSON, written as the whole document would indent it: items stand in an array in
     * the root object, two levels deep, so every line after the first moves right by two indents.
     */
    private static List<RawValue> items(List<?> items, ItemTexts texts, Function<Object, Map<String, Object>> json) {
        return items.stream()
                .map(item -> new RawValue(texts.text(item, x -> serialise(json.apply(x)).replace("\n", "\n" + ITEM_INDENT))))
                .toList();
    }

    private static String serialise(Object value) {
        try {
            return WRITER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("maps of strings and numbers always serialise", e);
        }
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
