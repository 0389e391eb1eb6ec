package org.dossier.model;

/**
 * A place in a seed file, for messages: {@code file} is the path as the user should see it (relative
 * to the working folder where possible), {@code line} and {@code column} count from 1; 0 means unknown.
 */
public record SourceLocation(String file, int line, int column) {
    public SourceLocation {
        Checks.notBlank(file, "file");
        Checks.atLeast(line, 0, "line");
        Checks.atLeast(column, 0, "column");
    }

    public static SourceLocation of(String file) {
        return new SourceLocation(file, 0, 0);
    }

    public static SourceLocation of(String file, int line) {
        return new SourceLocation(file, line, 0);
    }

    /** {@code file:line:column}, leaving out what is unknown: the form compilers and editors link. */
    @Override
    public String toString() {
        if (line == 0) return file;
        return column == 0 ? file + ":" + line : file + ":" + line + ":" + column;
    }
}
