package org.dossier.build;

import java.util.List;
import java.util.Optional;
import org.dossier.model.Diagnostic;
import org.dossier.model.Dossier;
import org.dossier.publish.PublishReport;

/**
 * How a build went: every diagnostic, and on success the dossier and what publishing changed. A failed
 * build has at least one error and has not touched the output folder; {@code fault} is the unexpected
 * exception that stopped it, if one did, for {@code --debug}.
 */
public record BuildReport(List<Diagnostic> diagnostics, Optional<Dossier> dossier, Optional<PublishReport> published,
                          long millis, Optional<Throwable> fault) {
    public BuildReport {
        diagnostics = List.copyOf(diagnostics);
    }

    public BuildReport(List<Diagnostic> diagnostics, Optional<Dossier> dossier, Optional<PublishReport> published, long millis) {
        this(diagnostics, dossier, published, millis, Optional.empty());
    }

    public boolean succeeded() {
        return published.isPresent() && diagnostics.stream().noneMatch(Diagnostic::isError);
    }

    public List<Diagnostic> errors() {
        return diagnostics.stream().filter(Diagnostic::isError).toList();
    }

    static BuildReport failed(List<Diagnostic> diagnostics, long millis) {
        return new BuildReport(diagnostics, Optional.empty(), Optional.empty(), millis);
    }

    static BuildReport faulted(Diagnostic diagnostic, List<Diagnostic> before, Throwable fault, long millis) {
        List<Diagnostic> all = new java.util.ArrayList<>(before);
        all.add(diagnostic);
        return new BuildReport(all, Optional.empty(), Optional.empty(), millis, Optional.of(fault));
    }
}
