package org.dossier.render;

import java.util.ArrayList;
import java.util.List;
import org.dossier.model.Article;
import org.dossier.model.Passage;
import org.dossier.model.SharingSummary;
import org.dossier.render.i18n.Messages;
import org.dossier.render.svg.SharingMatrixSvg;

/** Builds the story-wide page of shared text: who shares how much with whom, and every passage. */
final class SharedViews {
    /** One passage: what kind of copy, its text, each place it stands, and its likely origin. */
    public record PassageView(String id, String kind, int similarity, String excerpt, int words,
                              List<ShareView.OccurrenceLink> occurrences) {}

    /** Two articles that share text, with the share of each article's words. */
    public record PairView(ArticleCard first, ArticleCard second, int passages, int firstPercent, int secondPercent) {}

    private final DossierIndex index;

    SharedViews(DossierIndex index) {
        this.index = index;
    }

    /** The drawing of who shares with whom, made by {@link SharingMatrixSvg} from the articles and the summary alone. */
    static String matrix(List<Article> articles, SharingSummary sharing, Messages words) {
        return SharingMatrixSvg.draw(articles, sharing, words);
    }

    List<PairView> pairs() {
        List<PairView> pairs = new ArrayList<>();
        for (SharingSummary.PairSharing pair : index.dossier().sharing().pairs()) {
            pairs.add(new PairView(index.card(pair.first()), index.card(pair.second()),
                    pair.passages(), percent(pair.firstShare()), percent(pair.secondShare())));
        }
        return pairs;
    }

    /** Every passage's view; {@code remembered} gives back the last render's where nothing it read changed. */
    List<PassageView> passages(RenderMemory.ItemViews remembered) {
        List<PassageView> views = new ArrayList<>();
        for (Passage passage : index.dossier().passages()) {
            views.add(remembered.view(passage, index, lookups -> new SharedViews(lookups).view(passage)));
        }
        return views;
    }

    private PassageView view(Passage passage) {
        List<ShareView.OccurrenceLink> occurrences = passage.occurrences().stream().map(index::link).toList();
        String text = passage.occurrences().get(0).text();
        return new PassageView(passage.id(), passage.kind().id(), percent(passage.similarity()), text, text.strip().split("\\s+").length, occurrences);
    }

    private static int percent(double share) {
        return (int) Math.round(share * 100);
    }
}
