package org.dossier.render;

import java.util.List;
import java.util.Optional;
import org.dossier.model.Article;
import org.dossier.model.Dossier;
import org.dossier.model.PartialDate;

/**
 * What every page knows about the whole dossier: a title, the period it covers, its size, and which
 * of the story-wide pages exist (so navigation never links to a page that was not written).
 */
public record SiteInfo(String title, String period, int articleCount, int outletCount,
                       boolean hasShared, boolean hasEntities, boolean hasTimeline) {

    public static SiteInfo of(Dossier dossier) {
        List<PartialDate> dates = dossier.articles().stream().map(Article::date).flatMap(Optional::stream).sorted().toList();
        String period = dates.isEmpty() ? "" : dates.get(0).equals(dates.get(dates.size() - 1))
                ? DateLabels.of(dates.get(0))
                : DateLabels.of(dates.get(0)) + " – " + DateLabels.of(dates.get(dates.size() - 1));
        int outlets = (int) dossier.articles().stream().map(Article::outlet).flatMap(Optional::stream).distinct().count();
        return new SiteInfo("Story dossier", period, dossier.articles().size(), outlets,
                !dossier.passages().isEmpty(), !dossier.entities().isEmpty(), !dossier.timeline().isEmpty());
    }
}
