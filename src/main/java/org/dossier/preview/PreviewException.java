package org.dossier.preview;

import org.dossier.model.Diagnostic;

/** The preview cannot start: a folder is missing or not ours, or the address is taken. Says how to fix it. */
public final class PreviewException extends Exception {
    private final transient Diagnostic diagnostic;

    public PreviewException(Diagnostic diagnostic, Throwable cause) {
        super(diagnostic.toString(), cause);
        this.diagnostic = diagnostic;
    }

    public Diagnostic diagnostic() {
        return diagnostic;
    }
}
