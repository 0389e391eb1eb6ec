package org.dossier.render;

import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.dossier.model.Article;
import org.dossier.model.Dossier;

/**
 * What the search page offers as filters: the outlets and languages of the articles, sorted. The values
 * are the same as in the index's {@code meta.js}, so the script matches them by value.
 */
public record SearchPage(List<String> outlets, List<String> languages) {
    public SearchPage {
        outlets = List.copyOf(outlets);
        languages = List.copyOf(languages);
    }

    static SearchPage of(Dossier dossier) {
        return new SearchPage(
                List.copyOf(new TreeSet<>(dossier.articles().stream().map(Article::outlet).flatMap(Optional::stream).toList())),
                List.copyOf(new TreeSet<>(dossier.articles().stream().map(Article::language).toList())));
    }
}
