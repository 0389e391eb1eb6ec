package org.dossier.render.i18n;

/** A key the site needs is not in the language's message file; the message names both, to fix the file. */
public final class MissingMessageException extends RuntimeException {
    private final String key;

    public MissingMessageException(String key, String file) {
        super("message '" + key + "' is missing from " + file + "; add a line '" + key + "=...' to it");
        this.key = key;
    }

    public String key() {
        return key;
    }
}
