package org.dossier.render;

import java.util.ArrayList;
import java.util.List;
import org.dossier.model.Article;
import org.dossier.model.Passage;
import org.dossier.model.Span;

/** Builds the story-wide page of shared text: every passage and where it stands. */
final class SharedViews {
    /** One passage: what kind of copy, its text, and each place it stands. */
    public record PassageView(String id, String kind, String label, String excerpt, int words,
                              List<ShareView.OccurrenceLink> occurrences) {}

    private final DossierIndex index;

    SharedViews(DossierIndex index) {
        this.index = index;
    }

    List<PassageView> passages() {
        List<PassageView> views = new ArrayList<>();
        for (Passage passage : index.dossier().passages()) {
            List<ShareView.OccurrenceLink> occurrences = new ArrayList<>();
            for (Span span : passage.occurrences()) {
                Article article = index.article(span.article());
                occurrences.add(new ShareView.OccurrenceLink(
                        SiteLinks.article(article.id()) + "#" + index.markId(span), article.title(),
                        article.outlet().orElse(""), article.date().map(DateLabels::of).orElse("undated"), false));
            }
            String text = passage.occurrences().get(0).text();
            String label = passage.kind() == Passage.Kind.EXACT ? "word for word"
                    : "with changes (" + Math.round(passage.similarity() * 100) + "% alike)";
            views.add(new PassageView(passage.id(), passage.kind().id(), label, text,
                    text.strip().split("\\s+").length, occurrences));
        }
        return views;
    }
}
