package org.dossier.analyze.discrepancies.reuse;

import static org.dossier.analyze.discrepancies.DiscrepancyFixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import org.dossier.analyze.discrepancies.DiscrepancyAnalysis;
import org.dossier.model.Article;
import org.dossier.model.Discrepancy;
import org.dossier.model.Dossier;
import org.dossier.model.Entity;
import org.dossier.model.Passage;
import org.junit.jupiter.api.Test;

/**
 * Discrepancies kept from one build to the next: after each edit (a number changed in one version, the
 * articles' order turned round, a name's entity changed, an unrelated article added before them all), the
 * remembered analysis finds what a fresh one finds, readings in the same order.
 */
class RememberedDiscrepanciesTest {
    /** Articles in dossier order (by date), a near passage over each pair, and who is named where. */
    private static Dossier dossier(List<Article> articles, List<Entity> entities) {
        List<Article> ordered = articles.stream().sorted((a, b) -> a.date().orElseThrow().compareTo(b.date().orElseThrow())).toList();
        List<Passage> passages = new ArrayList<>();
        for (int i = 0; i + 1 < articles.size(); i += 2) {
            passages.add(new Passage("p-" + i, Passage.Kind.NEAR, 0.9, List.of(whole(articles.get(i)), whole(articles.get(i + 1)))));
        }
        return new Dossier(ordered, passages, entities, List.of(), List.of());
    }

    @Test
    void aRememberedAnalysisAfterEachEditFindsWhatAFreshOneFinds() {
        List<Article> articles = new ArrayList<>(List.of(
                article("een", 2, "Het overleg duurde 50 minuten, zei Poetin op 3 maart tegen 200 verslaggevers."),
                article("twee", 3, "Het overleg duurde 30 minuten, zei Poetin op 3 maart tegen 200 verslaggevers."),
                article("drie", 4, "De top in Genève kostte 4 miljoen euro en telde 12 delegaties."),
                article("vier", 5, "De top in Genève kostte 5 miljoen euro en telde 12 delegaties.")));
        List<Entity> entities = new ArrayList<>(List.of(person("poetin",
                mention("poetin", articles.get(0), "Poetin"), mention("poetin", articles.get(1), "Poetin"))));
        RememberedDiscrepancies remembered = new RememberedDiscrepancies();
        List<String> steps = List.of("first", "again", "a number edited", "order turned round", "another speaker", "an article before all");
        for (String step : steps) {
            switch (step) {
                case "a number edited" -> articles.set(3, article("vier", 5, "De top in Genève kostte 5 miljoen euro en telde 14 delegaties."));
                case "order turned round" -> {
                    articles.set(0, article("een", 9, articles.get(0).blocks().get(0).text()));
                    articles.set(2, article("drie", 8, articles.get(2).blocks().get(0).text()));
                }
                case "another speaker" -> entities.set(0, person("poetin", mention("poetin", articles.get(0), "Poetin")));
                case "an article before all" -> articles.add(article("nul", 1, "Een ander bericht over 7 schepen."));
                default -> { }
            }
            Dossier dossier = dossier(articles, entities);
            List<Discrepancy> fresh = DiscrepancyAnalysis.of(dossier, List.of());
            List<Discrepancy> kept = remembered.of(dossier, List.of());
            remembered.endBuild();
            assertEquals(fresh, kept, step);
            assertFalse(fresh.isEmpty(), step);
        }
    }

    @Test
    void blocksComparedForTheFirstTimeBringTheirMentionsWhileTheEntitiesStayTheSame() {
        Article een = article("een", 2, "De top in Genève kostte 4 miljoen euro.");
        Article twee = article("twee", 3, "De top in Genève kostte 5 miljoen euro.");
        Article drie = article("drie", 4, "Het overleg duurde 50 minuten, zei Poetin.");
        Article vier = article("vier", 5, "Het overleg duurde 50 minuten, zei Biden.");
        List<Article> articles = List.of(een, twee, drie, vier);
        List<Entity> entities = List.of(person("poetin", mention("poetin", drie, "Poetin")), person("biden", mention("biden", vier, "Biden")));
        Passage money = new Passage("p-0", Passage.Kind.NEAR, 0.9, List.of(whole(een), whole(twee)));
        Passage talks = new Passage("p-2", Passage.Kind.NEAR, 0.9, List.of(whole(drie), whole(vier)));
        RememberedDiscrepancies remembered = new RememberedDiscrepancies();
        List<Discrepancy> fresh = List.of();
        for (List<Passage> passages : List.of(List.of(money), List.of(money, talks))) {
            Dossier dossier = new Dossier(articles, passages, entities, List.of(), List.of());
            fresh = DiscrepancyAnalysis.of(dossier, List.of());
            assertEquals(fresh, remembered.of(dossier, List.of()), passages.size() + " passages");
            remembered.endBuild();
        }
        assertEquals(List.of("Poetin", "Biden"), fresh.stream().filter(d -> d.subject().equals("p-2"))
                .flatMap(d -> java.util.stream.Stream.of(d.one().text(), d.other().text())).toList(), "the speakers differ by entity");
    }
}
