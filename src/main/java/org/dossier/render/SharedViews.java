package org.dossier.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dossier.model.Article;
import org.dossier.model.Passage;
import org.dossier.model.SharingSummary;
import org.dossier.model.Span;
import org.dossier.render.svg.SharingMatrixSvg;

/** Builds the story-wide page of shared text: who shares how much with whom, and every passage. */
final class SharedViews {
    /** One passage: what kind of copy, its text, each place it stands, and its likely origin. */
    public record PassageView(String id, String kind, String label, String excerpt, int words,
                              List<ShareView.OccurrenceLink> occurrences) {}

    /** Two articles that share text, with the share of each article's words. */
    public record PairView(ArticleCard first, ArticleCard second, int passages, int firstPercent, int secondPercent) {}

    private final DossierIndex index;

    SharedViews(DossierIndex index) {
        this.index = index;
    }

    String matrix() {
        return SharingMatrixSvg.draw(index.dossier().articles(), index.dossier().sharing());
    }

    List<PairView> pairs() {
        List<PairView> pairs = new ArrayList<>();
        for (SharingSummary.PairSharing pair : index.dossier().sharing().pairs()) {
            pairs.add(new PairView(ArticleCard.of(index.article(pair.first())), ArticleCard.of(index.article(pair.second())),
                    pair.passages(), percent(pair.firstShare()), percent(pair.secondShare())));
        }
        return pairs;
    }

    List<PassageView> passages() {
        List<PassageView> views = new ArrayList<>();
        for (Passage passage : index.dossier().passages()) {
            Optional<String> origin = index.dossier().sharing().originOf(passage.id());
            List<ShareView.OccurrenceLink> occurrences = new ArrayList<>();
            for (Span span : passage.occurrences()) {
                Article article = index.article(span.article());
                occurrences.add(new ShareView.OccurrenceLink(
                        SiteLinks.article(article.id()) + "#" + index.markId(span), article.title(),
                        article.outlet().orElse(""), article.date().map(DateLabels::of).orElse("undated"),
                        origin.map(article.id()::equals).orElse(false)));
            }
            String text = passage.occurrences().get(0).text();
            String label = passage.kind() == Passage.Kind.EXACT ? "word for word"
                    : "with changes (" + percent(passage.similarity()) + "% alike)";
            views.add(new PassageView(passage.id(), passage.kind().id(), label, text,
                    text.strip().split("\\s+").length, occurrences));
        }
        return views;
    }

    private static int percent(double share) {
        return (int) Math.round(share * 100);
    }
}
