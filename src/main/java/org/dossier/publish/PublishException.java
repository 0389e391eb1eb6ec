package org.dossier.publish;

import org.dossier.model.Diagnostic;

/**
 * The site could not be written. {@link #siteUntouched()} says whether the output folder is still exactly
 * the previous site; when it is not, the diagnostic says where things are.
 */
public final class PublishException extends Exception {
    private final transient Diagnostic diagnostic;
    private final boolean siteUntouched;

    public PublishException(Diagnostic diagnostic, Throwable cause) {
        this(diagnostic, true, cause);
    }

    public PublishException(Diagnostic diagnostic, boolean siteUntouched, Throwable cause) {
        super(diagnostic.toString(), cause);
        this.diagnostic = diagnostic;
        this.siteUntouched = siteUntouched;
    }

    public Diagnostic diagnostic() {
        return diagnostic;
    }

    public boolean siteUntouched() {
        return siteUntouched;
    }
}
