package org.dossier.ingest;

/**
 * An unexpected fault while reading one seed (a bug, or input no limit foresaw), carrying the seed's path so
 * that the build can name it in one line instead of printing a stack trace.
 */
public final class SeedFault extends RuntimeException {
    private final String file;

    SeedFault(String file, Throwable cause) {
        super(file + ": " + cause, cause);
        this.file = file;
    }

    /** The seed as messages name it. */
    public String file() {
        return file;
    }
}
