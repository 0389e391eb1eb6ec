package org.dossier.render;

import java.util.Optional;
import org.dossier.model.Article;
import org.dossier.model.Dossier;
import org.dossier.model.DossierSettings;
import org.dossier.model.PartialDate;
import org.dossier.render.i18n.Messages;

/**
 * What every page knows about the whole dossier: its name and description, the language of the site's own
 * words, where it will be published, the period it covers (ISO dates; templates write them with {@code date}),
 * its size, and which of the story-wide pages exist (so navigation never links to a page that was not written).
 *
 * @param baseUrl     the absolute address the site is published at, ending in '/'; empty when unknown (no feed)
 * @param periodStart the earliest article date as ISO 8601 at its precision; empty when no article is dated
 */
public record SiteInfo(String title, String description, String language, String baseUrl,
                       String periodStart, String periodEnd, int articleCount, int outletCount,
                       boolean hasShared, boolean hasEntities, boolean hasTimeline) {

    /** The site of {@code dossier}, named by the settings or else from its articles in the site's words. */
    public static SiteInfo of(Dossier dossier, DossierSettings settings, Messages messages) {
        String title = settings.title().orElseGet(() -> DerivedTitle.of(dossier, messages));
        return of(dossier, settings, messages.language(), title);
    }

    /** A site without a name, for indexes made outside a render (tests of the page cache). */
    public static SiteInfo untitled(Dossier dossier) {
        return of(dossier, DossierSettings.none(), "en", "");
    }

    private static SiteInfo of(Dossier dossier, DossierSettings settings, String language, String title) {
        Optional<DateRange> dates = dateRange(dossier);
        int outlets = (int) dossier.articles().stream().map(Article::outlet).flatMap(Optional::stream).distinct().count();
        return new SiteInfo(title, settings.description().orElse(""), language, settings.baseUrl().orElse(""),
                dates.map(d -> d.first().iso()).orElse(""), dates.map(d -> d.last().iso()).orElse(""),
                dossier.articles().size(), outlets,
                !dossier.passages().isEmpty(), !dossier.entities().isEmpty(), !dossier.timeline().isEmpty());
    }

    /** The earliest and the latest date of the dossier's articles. */
    record DateRange(PartialDate first, PartialDate last) {}

    /** The earliest and latest of the articles' dates; empty when none is dated. One pass: a rebuild asks for it. */
    static Optional<DateRange> dateRange(Dossier dossier) {
        PartialDate first = null;
        PartialDate last = null;
        for (Article article : dossier.articles()) {
            PartialDate date = article.date().orElse(null);
            if (date == null) continue;
            if (first == null || date.compareTo(first) < 0) first = date;
            if (last == null || date.compareTo(last) > 0) last = date;
        }
        return first == null ? Optional.empty() : Optional.of(new DateRange(first, last));
    }

    /** Whether the site is published at a known address, so it gets a feed, a sitemap and canonical links. */
    public boolean hasFeed() {
        return !baseUrl.isEmpty();
    }
}
