package org.dossier.preview;

import java.util.List;
import java.util.Set;
import org.dossier.build.BuildReport;
import org.dossier.model.Diagnostic;

/**
 * One build of the preview: the first, or one after a burst of changes. {@code changed} holds the site
 * paths whose bytes it changed (empty when it failed); {@code trigger} says what set it off.
 */
public record Rebuild(long number, String trigger, BuildReport report, Set<String> changed) {
    public Rebuild {
        changed = Set.copyOf(changed);
    }

    public boolean succeeded() {
        return report.succeeded();
    }

    public List<Diagnostic> errors() {
        return report.errors();
    }
}
