package org.dossier.model;

import java.util.Objects;
import java.util.Optional;

/**
 * What the editor said about the dossier as a whole in {@code seeds/dossier.yml}; every value is optional
 * and checked by the reader (a language Dossier has words for, an absolute http(s) base URL ending in '/').
 */
public record DossierSettings(Optional<String> title, Optional<String> description, Optional<String> language,
                              Optional<String> baseUrl) {
    public DossierSettings {
        Objects.requireNonNull(title, "title must not be null");
        Objects.requireNonNull(description, "description must not be null");
        Objects.requireNonNull(language, "language must not be null");
        Objects.requireNonNull(baseUrl, "baseUrl must not be null");
    }

    public static DossierSettings none() {
        return new DossierSettings(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    public DossierSettings withBaseUrl(String url) {
        return new DossierSettings(title, description, language, Optional.of(url));
    }
}
