package org.dossier.build;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dossier.ingest.SettingsReader;
import org.dossier.model.Article;
import org.dossier.model.DossierSettings;

/** Which language the site's own words are in: the settings' choice, else the one most articles are in. */
final class SiteLanguage {
    /** When no article is in a language the site has words for. */
    static final String FALLBACK = "en";

    private SiteLanguage() {}

    static String of(DossierSettings settings, List<Article> articles) {
        if (settings.language().isPresent()) return settings.language().get();
        Map<String, Integer> counts = new TreeMap<>();
        for (Article article : articles) {
            if (SettingsReader.LANGUAGES.contains(article.language())) counts.merge(article.language(), 1, Integer::sum);
        }
        // A tie goes to the first language in alphabetical order, so the choice never depends on seed order.
        return counts.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey(java.util.Comparator.reverseOrder())))
                .map(Map.Entry::getKey).orElse(FALLBACK);
    }
}
