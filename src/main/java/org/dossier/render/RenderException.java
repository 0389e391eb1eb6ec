package org.dossier.render;

import org.dossier.model.Diagnostic;

/** A page could not be rendered: a template is missing or wrong. Carries the message for the user. */
public final class RenderException extends Exception {
    private final transient Diagnostic diagnostic;

    public RenderException(Diagnostic diagnostic, Throwable cause) {
        super(diagnostic.toString(), cause);
        this.diagnostic = diagnostic;
    }

    public Diagnostic diagnostic() {
        return diagnostic;
    }
}
