package org.dossier.publish;

import org.dossier.model.Diagnostic;

/** The site could not be written; the previous output is untouched. */
public final class PublishException extends Exception {
    private final transient Diagnostic diagnostic;

    public PublishException(Diagnostic diagnostic, Throwable cause) {
        super(diagnostic.toString(), cause);
        this.diagnostic = diagnostic;
    }

    public Diagnostic diagnostic() {
        return diagnostic;
    }
}
