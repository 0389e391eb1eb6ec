package org.dossier.build;

import java.util.List;
import java.util.Optional;
import org.dossier.model.Diagnostic;
import org.dossier.model.Dossier;
import org.dossier.publish.PublishReport;
import org.dossier.render.i18n.Messages;

/**
 * How a build went: every diagnostic, and on success the dossier and what publishing changed. A failed
 * build has at least one error; {@code siteUntouched} says whether it left the output folder exactly as it
 * was (false only when publishing failed half-way, and then an error says where the site is). {@code leftOut} says, for the
 * summary, which parts of the site a successful build did not write and why; {@code words}, the site's words
 * in the language it chose (for the preview's own pages); {@code fault}, the unexpected exception that
 * stopped it, if one did, for {@code --debug}.
 */
public record BuildReport(List<Diagnostic> diagnostics, Optional<Dossier> dossier, Optional<PublishReport> published,
                          long millis, boolean siteUntouched, List<String> leftOut, Optional<Messages> words,
                          Optional<Throwable> fault) {
    public BuildReport {
        diagnostics = List.copyOf(diagnostics);
        leftOut = List.copyOf(leftOut);
    }

    public BuildReport(List<Diagnostic> diagnostics, Optional<Dossier> dossier, Optional<PublishReport> published, long millis) {
        this(diagnostics, dossier, published, millis, true, List.of(), Optional.empty(), Optional.empty());
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
        return new BuildReport(all, Optional.empty(), Optional.empty(), millis, true, List.of(), Optional.empty(), Optional.of(fault));
    }
}
