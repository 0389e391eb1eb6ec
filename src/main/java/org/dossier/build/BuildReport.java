package org.dossier.build;

import java.util.List;
import java.util.Optional;
import org.dossier.model.Diagnostic;
import org.dossier.model.Dossier;
import org.dossier.publish.PublishReport;

/**
 * How a build went: every diagnostic, and on success the dossier and what publishing changed. A failed
 * build has at least one error; {@code siteUntouched} says whether it left the output folder exactly as it
 * was (false only when publishing failed half-way, and then an error says where the site is).
 */
public record BuildReport(List<Diagnostic> diagnostics, Optional<Dossier> dossier, Optional<PublishReport> published,
                          long millis, boolean siteUntouched) {
    public BuildReport {
        diagnostics = List.copyOf(diagnostics);
    }

    public BuildReport(List<Diagnostic> diagnostics, Optional<Dossier> dossier, Optional<PublishReport> published, long millis) {
        this(diagnostics, dossier, published, millis, true);
    }

    public boolean succeeded() {
        return published.isPresent() && diagnostics.stream().noneMatch(Diagnostic::isError);
    }

    public List<Diagnostic> errors() {
        return diagnostics.stream().filter(Diagnostic::isError).toList();
    }

    static BuildReport failed(List<Diagnostic> diagnostics, long millis) {
        return new BuildReport(diagnostics, Optional.empty(), Optional.empty(), millis, true);
    }
}
