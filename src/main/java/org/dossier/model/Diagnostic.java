package org.dossier.model;

/** Something a stage has to tell the user about an input: an error stops the build, a warning does not. */
public record Diagnostic(Severity severity, SourceLocation location, String message) {
    public enum Severity { ERROR, WARNING }

    public Diagnostic {
        Checks.notNull(severity, "severity");
        Checks.notNull(location, "location");
        Checks.notBlank(message, "message");
    }

    public static Diagnostic error(SourceLocation location, String message) {
        return new Diagnostic(Severity.ERROR, location, message);
    }

    public static Diagnostic warning(SourceLocation location, String message) {
        return new Diagnostic(Severity.WARNING, location, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code path:line: message}, with "warning: " before a warning's message. */
    @Override
    public String toString() {
        return location + ": " + (isError() ? "" : "warning: ") + message;
    }
}
