package org.dossier.render.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Map;

/**
 * JSON text of plain values: maps (keys as strings, in the map's order), collections (in their order),
 * {@code int[]}, strings, numbers, booleans, {@code null}, {@link Raw} text and what a {@link Stand} stands for. jackson-core's generator
 * writes every token, so strings are escaped and numbers spelled exactly as Jackson's databind wrote these
 * values before; databind itself is not needed for them, and its start-up (some 400 classes, reflective
 * introspection) was a sixth of the processor time of a build of two seeds.
 */
public final class JsonText {
    private static final JsonFactory FACTORY = new JsonFactory();
    /** Two spaces per level and "\n" on every platform, for objects and arrays alike. */
    private static final DefaultPrettyPrinter INDENTED = new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    /** Text put into the document as it is: it must be JSON itself. */
    public record Raw(String text) {}

    /** A value written as another, plain one. */
    public interface Stand {
        Object json();
    }

    private JsonText() {}

    /** On one line, without spaces. */
    public static String compact(Object value) {
        return write(value, null);
    }

    /** Indented by two spaces per level, one value per line. */
    public static String indented(Object value) {
        return write(value, INDENTED.createInstance());
    }

    private static String write(Object value, PrettyPrinter printer) {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = FACTORY.createGenerator(text)) {
            if (printer != null) json.setPrettyPrinter(printer);
            value(json, value);
        } catch (IOException e) {
            throw new UncheckedIOException("a string writer does not fail", e);
        }
        return text.toString();
    }

    private static void value(JsonGenerator json, Object value) throws IOException {
        if (value == null) {
            json.writeNull();
        } else if (value instanceof String s) {
            json.writeString(s);
        } else if (value instanceof Integer i) {
            json.writeNumber(i);
        } else if (value instanceof Long l) {
            json.writeNumber(l);
        } else if (value instanceof Double d) {
            json.writeNumber(d);
        } else if (value instanceof Boolean b) {
            json.writeBoolean(b);
        } else if (value instanceof Map<?, ?> map) {
            json.writeStartObject(map);
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                json.writeFieldName(String.valueOf(entry.getKey()));
                value(json, entry.getValue());
            }
            json.writeEndObject();
        } else if (value instanceof Collection<?> list) {
            json.writeStartArray(list, list.size());
            for (Object item : list) value(json, item);
            json.writeEndArray();
        } else if (value instanceof int[] numbers) {
            json.writeStartArray(numbers, numbers.length);
            for (int n : numbers) json.writeNumber(n);
            json.writeEndArray();
        } else if (value instanceof Raw raw) {
            json.writeRawValue(raw.text());
        } else if (value instanceof Stand stand) {
            value(json, stand.json());
        } else {
            throw new IllegalArgumentException("not a plain JSON value: " + value.getClass().getName());
        }
    }
}
