package org.dossier.ingest;

import java.util.Optional;
import org.dossier.model.PartialDate;

/** What a seed says about itself (front matter, a header, HTML meta data); every field is optional. */
public record SeedMetadata(
        Optional<String> title,
        Optional<PartialDate> date,
        Optional<String> outlet,
        Optional<String> url,
        Optional<String> author,
        Optional<String> language,
        Optional<String> slug) {

    public static final SeedMetadata EMPTY = new SeedMetadata(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    /** This metadata, with each field it lacks taken from {@code fallback}. */
    public SeedMetadata orElse(SeedMetadata fallback) {
        return new SeedMetadata(
                title.or(fallback::title), date.or(fallback::date), outlet.or(fallback::outlet),
                url.or(fallback::url), author.or(fallback::author), language.or(fallback::language),
                slug.or(fallback::slug));
    }
}
