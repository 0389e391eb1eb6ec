package org.dossier.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dossier.model.Diagnostic;
import org.dossier.model.LinkRule;
import org.dossier.model.PartialDate;
import org.dossier.model.SourceLocation;
import org.dossier.text.Slugs;

/**
 * Collects metadata fields one by one, from front matter or a {@code .txt} header, checking each value
 * and reporting bad ones with their line. One place, so that both formats accept the same keys.
 */
final class MetadataFields {
    static final Set<String> KEYS = Set.of("title", "date", "source", "url", "author", "language", "slug");
    static final String KEY_LIST = "title, date, source, url, author, language, slug";

    private final String file;
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private SeedMetadata metadata = SeedMetadata.EMPTY;

    MetadataFields(String file) {
        this.file = file;
    }

    /** Takes one field; returns false (and reports why) when the key or the value is not acceptable. */
    boolean accept(String key, String rawValue, int line) {
        String value = rawValue.strip();
        SourceLocation where = SourceLocation.of(file, line);
        if (!KEYS.contains(key)) {
            diagnostics.add(Diagnostic.warning(where, "unknown metadata key '" + key + "' is ignored; known keys are " + KEY_LIST));
            return false;
        }
        if (value.isEmpty()) {
            diagnostics.add(Diagnostic.warning(where, "metadata key '" + key + "' has no value and is ignored"));
            return false;
        }
        Optional<String> text = Optional.of(value);
        SeedMetadata m = metadata;
        switch (key) {
            case "title" -> metadata = new SeedMetadata(text, m.date(), m.outlet(), m.url(), m.author(), m.language(), m.slug());
            case "source" -> metadata = new SeedMetadata(m.title(), m.date(), text, m.url(), m.author(), m.language(), m.slug());
            case "url" -> {
                Optional<String> problem = LinkRule.problem(value, LinkRule.WEB);
                if (problem.isPresent()) {
                    diagnostics.add(Diagnostic.warning(where, "url '" + printable(value) + "' " + problem.get()
                            + "; the article gets no link to its original (write the http:// or https:// address where it was published)"));
                    return false;
                }
                metadata = new SeedMetadata(m.title(), m.date(), m.outlet(), text, m.author(), m.language(), m.slug());
            }
            case "author" -> metadata = new SeedMetadata(m.title(), m.date(), m.outlet(), m.url(), text, m.language(), m.slug());
            case "date" -> {
                Optional<PartialDate> date = PartialDate.parseIso(value);
                if (date.isEmpty()) {
                    diagnostics.add(Diagnostic.error(where, "date '" + value + "' is not a date; write it as 2022, 2022-01 or 2022-01-02"));
                    return false;
                }
                metadata = new SeedMetadata(m.title(), date, m.outlet(), m.url(), m.author(), m.language(), m.slug());
            }
            case "language" -> {
                String code = value.toLowerCase(Locale.ROOT);
                if (!code.matches("[a-z]{2}")) {
                    diagnostics.add(Diagnostic.error(where, "language '" + value + "' is not an ISO 639-1 code; write a two-letter code such as nl or en"));
                    return false;
                }
                metadata = new SeedMetadata(m.title(), m.date(), m.outlet(), m.url(), m.author(), Optional.of(code), m.slug());
            }
            case "slug" -> {
                Optional<String> problem = Slugs.problem(value);
                if (problem.isPresent()) {
                    diagnostics.add(Diagnostic.error(where, "slug '" + value + "' " + problem.get()));
                    return false;
                }
                metadata = new SeedMetadata(m.title(), m.date(), m.outlet(), m.url(), m.author(), m.language(), text);
            }
            default -> throw new IllegalStateException(key);
        }
        return true;
    }

    SeedMetadata metadata() {
        return metadata;
    }

    List<Diagnostic> diagnostics() {
        return List.copyOf(diagnostics);
    }

    /** A value as a message can show it: control characters visible, at most 100 characters. */
    static String printable(String value) {
        StringBuilder out = new StringBuilder();
        value.codePoints().limit(100).forEach(c -> {
            if (Character.isISOControl(c)) out.append(String.format("\\u%04x", c));
            else out.appendCodePoint(c);
        });
        return value.codePointCount(0, value.length()) > 100 ? out + "…" : out.toString();
    }
}
