package org.dossier.ingest;

import java.util.List;
import org.dossier.model.Article;
import org.dossier.model.Diagnostic;

/** The articles read from a seeds folder, in seed path order, and everything worth telling the user. */
public record IngestResult(List<Article> articles, List<Diagnostic> diagnostics) {
    public IngestResult {
        articles = List.copyOf(articles);
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}
