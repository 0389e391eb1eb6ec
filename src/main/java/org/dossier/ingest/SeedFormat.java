package org.dossier.ingest;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The seed formats, chosen by file extension. */
public enum SeedFormat {
    TEXT, MARKDOWN, HTML;

    /** The format of a seed file, or empty when the file is not a seed (an unknown extension). */
    public static Optional<SeedFormat> of(Path file) {
        return ofName(file.getFileName().toString());
    }

    /** The format of a seed file named {@code fileName}, or empty when it is not a seed. */
    public static Optional<SeedFormat> ofName(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".txt")) return Optional.of(TEXT);
        if (name.endsWith(".md") || name.endsWith(".markdown")) return Optional.of(MARKDOWN);
        if (name.endsWith(".html") || name.endsWith(".htm")) return Optional.of(HTML);
        return Optional.empty();
    }
}
